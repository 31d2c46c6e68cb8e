package io.slipway.server.job;

import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import io.slipway.server.store.JobRow;
import io.slipway.server.store.JobStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Creates, changes and removes jobs. An inline pipeline is checked before it is stored; a job
 * whose pipeline has errors is refused with every diagnostic as {@code file:line:column: message}.
 * Thread-safe: all state is in the store.
 */
public final class JobService {

    private final JobStore store;
    private final PipelineCheck check;
    private final Clock clock;
    private final List<JobListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public JobService(JobStore store, PipelineCheck check, Clock clock) {
        this.store = store;
        this.check = check;
        this.clock = clock;
    }

    /** Adds a listener told of every stored or deleted job. */
    public void addListener(JobListener listener) {
        listeners.add(listener);
    }

    public List<Job> list() {
        return store.all().stream().map(JobService::toJob).toList();
    }

    public Optional<Job> find(String name) {
        return store.find(name).map(JobService::toJob);
    }

    public Job get(String name) {
        return find(name).orElseThrow(() -> ApiException.notFound("job '" + name + "'"));
    }

    /** Stores a new job; 409 when the name is taken. */
    public Job create(JobRequest request) {
        checkPipeline(request);
        if (store.find(request.name()).isPresent()) {
            throw ApiException.conflict("job '" + request.name() + "' already exists");
        }
        Instant now = clock.instant();
        JobRow row = toRow(request, now, now);
        store.insert(row);
        Job job = toJob(row);
        listeners.forEach(l -> l.saved(job));
        return job;
    }

    /** Replaces a job's definition; 404 when there is no such job. Builds and numbers are kept. */
    public Job update(JobRequest request) {
        checkPipeline(request);
        Job existing = get(request.name());
        JobRow row = toRow(request, existing.createdAt(), clock.instant());
        store.update(row);
        Job job = toJob(row);
        listeners.forEach(l -> l.saved(job));
        return job;
    }

    public void delete(String name) {
        if (store.delete(name) == 0) {
            throw ApiException.notFound("job '" + name + "'");
        }
        listeners.forEach(l -> l.deleted(name));
    }

    private void checkPipeline(JobRequest request) {
        if (request.source() instanceof InlineSource inline) {
            List<Diagnostic> errors = check.errors("Jenkinsfile", inline.pipeline());
            if (!errors.isEmpty()) {
                List<FieldError> fields = errors.stream()
                        .map(d -> new FieldError("pipeline", d.pos() + ": " + d.message()
                                + d.hint().map(h -> " (hint: " + h + ")").orElse("")))
                        .toList();
                throw ApiException.badRequest("pipeline of job '" + request.name() + "' is invalid", fields);
            }
        }
    }

    private static JobRow toRow(JobRequest request, Instant created, Instant updated) {
        if (request.source() instanceof GitSource git) {
            return new JobRow(request.name(), request.description(), git.url(), git.branch(), git.scriptPath(),
                    null, created, updated);
        }
        InlineSource inline = (InlineSource) request.source();
        return new JobRow(request.name(), request.description(), null, null, null, inline.pipeline(),
                created, updated);
    }

    private static Job toJob(JobRow row) {
        JobSource source = row.repoUrl() != null
                ? new GitSource(row.repoUrl(), row.repoBranch(), row.scriptPath())
                : new InlineSource(row.pipeline());
        return new Job(row.name(), row.description(), source, row.createdAt(), row.updatedAt());
    }
}
