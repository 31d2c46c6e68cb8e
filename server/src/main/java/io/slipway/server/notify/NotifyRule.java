package io.slipway.server.notify;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A server-wide rule: when a build of a job matching {@code jobs} (globs, empty means every job) ends with a
 * status in {@code statuses} (empty means any); when {@code environments} is given, the job deploys to one of
 * them (it has a recorded deployment there, or this build targets it); and when {@code stages} is given, a
 * stage whose name matches one of those globs ran, the step {@code step} (a notification step such as
 * {@code slackSend}) runs with {@code args} after the build's own post blocks.
 */
public record NotifyRule(String name, List<String> jobs, List<String> statuses, List<String> environments,
        List<String> stages, String step, Map<String, Object> args) {

    public NotifyRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(step, "step");
        jobs = List.copyOf(jobs);
        statuses = List.copyOf(statuses);
        environments = List.copyOf(environments);
        stages = List.copyOf(stages);
        args = Map.copyOf(args);
    }

    /**
     * Whether the rule applies to a build of {@code job} that ended {@code status} having run {@code ranStages};
     * {@code jobEnvironments} (the environments the job deploys to) is asked only when the rule names some.
     */
    public boolean matches(String job, String status, List<String> ranStages,
            java.util.function.Supplier<java.util.Set<String>> jobEnvironments) {
        return (jobs.isEmpty() || jobs.stream().anyMatch(g -> glob(g, job)))
                && (statuses.isEmpty() || statuses.contains(status))
                && (stages.isEmpty() || ranStages.stream().anyMatch(s -> stages.stream().anyMatch(g -> glob(g, s))))
                && (environments.isEmpty() || jobEnvironments.get().stream()
                        .anyMatch(e -> environments.stream().anyMatch(g -> glob(g, e))));
    }

    /** {@code *} matches any run of characters, {@code ?} one; case is ignored. */
    static boolean glob(String glob, String value) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("((?<=[*?])|(?=[*?]))")) {
            regex.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(value).matches();
    }
}
