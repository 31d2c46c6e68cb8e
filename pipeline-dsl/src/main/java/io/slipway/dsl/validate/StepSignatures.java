package io.slipway.dsl.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of the most used steps, as Jenkins declares them, so that a misspelt or missing parameter
 * is reported before a build runs. A step not listed here has its arguments accepted as written. As in
 * Jenkins, a single positional argument stands for the step's first required parameter.
 */
final class StepSignatures {

    /** A step's parameters, required ones first. */
    record Signature(List<String> required, List<String> optional) {

        boolean has(String name) {
            return required.contains(name) || optional.contains(name);
        }

        List<String> all() {
            return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
        }
    }

    private static final List<String> SHELL = List.of("returnStdout", "returnStatus", "encoding", "label");

    private static final Map<String, Signature> SIGNATURES = Map.ofEntries(
            Map.entry("sh", new Signature(List.of("script"), SHELL)),
            Map.entry("bat", new Signature(List.of("script"), SHELL)),
            Map.entry("powershell", new Signature(List.of("script"), SHELL)),
            Map.entry("pwsh", new Signature(List.of("script"), SHELL)),
            Map.entry("echo", new Signature(List.of("message"), List.of())),
            Map.entry("error", new Signature(List.of("message"), List.of())),
            Map.entry("sleep", new Signature(List.of("time"), List.of("unit"))),
            Map.entry("dir", new Signature(List.of("path"), List.of())),
            Map.entry("git", new Signature(List.of("url"), List.of("branch", "credentialsId", "changelog", "poll"))),
            Map.entry("archiveArtifacts", new Signature(List.of("artifacts"), List.of("excludes", "fingerprint",
                    "onlyIfSuccessful", "allowEmptyArchive", "caseSensitive", "defaultExcludes", "followSymlinks"))),
            Map.entry("stash", new Signature(List.of("name"), List.of("includes", "excludes", "useDefaultExcludes",
                    "allowEmpty"))),
            Map.entry("unstash", new Signature(List.of("name"), List.of())),
            Map.entry("writeFile", new Signature(List.of("file", "text"), List.of("encoding"))),
            Map.entry("readFile", new Signature(List.of("file"), List.of("encoding"))),
            Map.entry("fileExists", new Signature(List.of("file"), List.of())),
            Map.entry("retry", new Signature(List.of("count"), List.of("conditions"))),
            Map.entry("timeout", new Signature(List.of("time"), List.of("unit", "activity"))),
            Map.entry("input", new Signature(List.of("message"), List.of("id", "ok", "parameters", "submitter",
                    "submitterParameter"))),
            Map.entry("mail", new Signature(List.of("subject", "body"), List.of("to", "cc", "bcc", "from",
                    "replyTo", "charset", "mimeType", "failOnError"))),
            Map.entry("junit", new Signature(List.of("testResults"), List.of("allowEmptyResults", "keepLongStdio",
                    "healthScaleFactor", "testDataPublishers", "skipPublishingChecks", "skipMarkingBuildUnstable",
                    "checksName", "keepProperties", "keepTestNames", "stdioRetention", "skipOldReports"))),
            Map.entry("build", new Signature(List.of("job"), List.of("parameters", "propagate", "wait",
                    "quietPeriod", "waitForStart"))),
            Map.entry("withEnv", new Signature(List.of("overrides"), List.of())));

    /** Steps that only make sense around a block of steps. */
    static final Set<String> BLOCK_STEPS = Set.of("dir", "withEnv", "withCredentials", "retry", "timeout", "ws",
            "lock", "catchError", "warnError", "waitUntil", "withDockerRegistry", "withDockerServer",
            "withDockerContainer", "sshagent", "container", "withMaven", "withSonarQubeEnv", "withAWS",
            "withKubeConfig", "ansiColor", "wrap", "configFileProvider", "withVault", "withGradle", "withAnt",
            "withNPM", "withPythonEnv", "withFolderProperties", "node");

    private StepSignatures() {
    }

    static Optional<Signature> of(String step) {
        return Optional.ofNullable(SIGNATURES.get(step));
    }
}
