package io.slipway.server.build;

import io.slipway.server.api.ApiException;
import io.slipway.server.store.BuildStore;
import java.util.List;
import java.util.Optional;

/** Reads build records: a job's builds newest first, one build, the previous finished one. */
public final class BuildHistory {

    private final BuildStore store;
    private final BuildRecords records;

    public BuildHistory(BuildStore store, BuildRecords records) {
        this.store = store;
        this.records = records;
    }

    public List<Build> newestFirst(String job, int limit) {
        return store.newestFirst(job, limit).stream().map(records::toBuild).toList();
    }

    public Build get(String job, int number) {
        return find(job, number).orElseThrow(() -> ApiException.notFound("build #" + number + " of job '" + job + "'"));
    }

    public Optional<Build> find(String job, int number) {
        return store.find(job, number).map(records::toBuild);
    }

    /**
     * The latest successful build before {@code number}: of the same Git ref when {@code ref} is given (as a
     * Jenkins multibranch job compares a branch with its own last success), else of the whole job.
     */
    public Optional<Build> previousSuccessful(String job, int number, String ref) {
        return (ref == null ? store.previousSuccessful(job, number) : store.previousSuccessfulOfRef(job, number, ref))
                .map(records::toBuild);
    }

    /** The latest build before {@code number} that has ended. */
    public Optional<Build> previousFinished(String job, int number) {
        return store.previousFinished(job, number).map(records::toBuild);
    }
}
