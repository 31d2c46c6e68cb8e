package io.slipway.agent.notify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a notification tells about a build, as it stands when the step runs (in a {@code post} block the
 * status is the build's result so far).
 *
 * @param job the job's name
 * @param number the build number
 * @param status {@code SUCCESS}, {@code UNSTABLE}, {@code FAILURE}, {@code ABORTED} or {@code NOT_BUILT}
 * @param cause why the build started ("Started by user alice")
 * @param parameters the build's parameters in the pipeline's order (secret ones already masked)
 * @param changes the commits since the previous build, newest first
 * @param culprits committers since the last successful build (Jenkins' culprits), without duplicates
 * @param failedStage the first stage that failed, or null
 * @param logTail the last lines of the log so far (already masked)
 * @param url the build's page, or null when the server's URL is not configured ({@code SLIPWAY_URL})
 * @param requestor the user who started the build, or null when a trigger did
 */
public record BuildSummary(String job, int number, String status, String cause, Map<String, Object> parameters,
        List<ScmChange> changes, List<Person> culprits, String failedStage, List<String> logTail, String url,
        Person requestor) {

    public BuildSummary {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cause, "cause");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        changes = List.copyOf(changes);
        culprits = List.copyOf(culprits);
        logTail = Collections.unmodifiableList(new ArrayList<>(logTail));
    }

    /** The committers of this build's changes (Jenkins' developers), without duplicates, in change order. */
    public List<Person> developers() {
        Map<String, Person> byKey = new LinkedHashMap<>();
        for (ScmChange change : changes) {
            Person committer = change.committer();
            byKey.putIfAbsent(committer.hasEmail() ? committer.email().toLowerCase(java.util.Locale.ROOT)
                    : committer.name(), committer);
        }
        return List.copyOf(byKey.values());
    }

    public Optional<String> failedStageName() {
        return Optional.ofNullable(failedStage);
    }

    /**
     * The summary of the build {@code ctx} belongs to: the engine's when it offers a {@link BuildSummarySource},
     * else one made of the build's environment ({@code JOB_NAME}, {@code BUILD_NUMBER}) with status SUCCESS.
     */
    public static BuildSummary of(io.slipway.agent.step.StepContext ctx) {
        return ctx.services().extensions().find(BuildSummarySource.class).map(BuildSummarySource::current)
                .orElseGet(() -> {
                    int number;
                    try {
                        number = Integer.parseInt(ctx.env().getOrDefault("BUILD_NUMBER", "0"));
                    } catch (NumberFormatException e) {
                        number = 0;
                    }
                    return new BuildSummary(ctx.env().getOrDefault("JOB_NAME", "job"), number, "SUCCESS", "",
                            Map.of(), List.of(), List.of(), null, List.of(), null, null);
                });
    }

    /** The Jenkins-style default subject: {@code order-service #12 FAILURE}. */
    public String defaultSubject() {
        return job + " #" + number + " " + status;
    }
}
