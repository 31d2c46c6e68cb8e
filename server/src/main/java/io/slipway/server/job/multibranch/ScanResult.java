package io.slipway.server.job.multibranch;

import java.util.List;

/**
 * What one branch scan did: branches that got a sub-job, whose new head was built, whose sub-job was
 * retired, and which have no Jenkinsfile; {@code error} says why the scan failed (null when it did not).
 */
public record ScanResult(List<String> added, List<String> rebuilt, List<String> retired, List<String> withoutJenkinsfile,
        String error) {

    public ScanResult {
        added = List.copyOf(added);
        rebuilt = List.copyOf(rebuilt);
        retired = List.copyOf(retired);
        withoutJenkinsfile = List.copyOf(withoutJenkinsfile);
    }
}
