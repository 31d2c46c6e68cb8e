package io.slipway.server.api;

import io.slipway.server.build.Build;
import io.slipway.server.job.multibranch.BranchRow;
import io.slipway.server.job.multibranch.MultibranchProject;
import io.slipway.server.job.multibranch.MultibranchRequest;
import java.time.Instant;
import java.util.List;

/** A multibranch project as the API shows it, with the branches it keeps a sub-job for. */
public record MultibranchView(String name, String kind, String description, Repository repository,
        int scanIntervalMinutes, Instant lastScanAt, String lastScanError, Instant nextScanAt, List<Branch> branches,
        Instant createdAt) {

    /** The repository part: the URL and the Jenkinsfile path every branch must hold. */
    public record Repository(String url, String scriptPath) {
    }

    /** One branch: its name, its sub-job's name (as in Jenkins: {@code project/feature%2Fx}), head and last build. */
    public record Branch(String branch, String job, String head, LastBuild lastBuild) {
    }

    /** The newest build of a branch's sub-job. */
    public record LastBuild(int number, String status, String cause) {

        static LastBuild of(Build build) {
            return build == null ? null : new LastBuild(build.number(), build.status().name(), build.cause());
        }
    }

    static MultibranchView of(MultibranchProject p, List<Branch> branches, Instant nextScanAt) {
        return new MultibranchView(p.name(), MultibranchRequest.KIND, p.description(),
                new Repository(p.repoUrl(), p.scriptPath()), p.scanIntervalMinutes(), p.lastScanAt(), p.lastScanError(),
                nextScanAt, branches, p.createdAt());
    }

    static Branch branch(BranchRow row, Build last) {
        return new Branch(row.branch(), row.jobName(), row.headSha(), LastBuild.of(last));
    }
}
