package io.slipway.server.run;

import io.slipway.agent.files.AntPattern;
import io.slipway.dsl.expr.EvalContext;
import io.slipway.dsl.expr.Interpreter;
import io.slipway.dsl.model.Comparator;
import io.slipway.dsl.model.Condition;
import io.slipway.dsl.model.When;
import io.slipway.server.scm.CommitRange;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Decides a stage's {@code when}: every condition must hold (public for the release planner, which decides
 * the {@code when} of stages still to run). Conditions about the source read the build's environment
 * under Jenkins' names ({@code BRANCH_NAME}, {@code TAG_NAME}, {@code CHANGE_*}), which webhook builds
 * carry; {@code changeset} and {@code changelog} look at the commits since the previous successful
 * build, read from Git only when a condition asks.
 */
public final class WhenEvaluator {

    /** {@code changeRequest} fields and the environment variables they are compared with. */
    private static final Map<String, String> CHANGE_FIELDS = Map.of(
            "id", "CHANGE_ID", "target", "CHANGE_TARGET", "branch", "CHANGE_BRANCH", "fork", "CHANGE_FORK",
            "url", "CHANGE_URL", "title", "CHANGE_TITLE", "author", "CHANGE_AUTHOR",
            "authorDisplayName", "CHANGE_AUTHOR_DISPLAY_NAME", "authorEmail", "CHANGE_AUTHOR_EMAIL");

    private final Interpreter interpreter;
    private final String cause;
    private final Supplier<CommitRange> changes;

    /** An evaluator that knows no change set ({@code changeset} and {@code changelog} are false). */
    public WhenEvaluator(Interpreter interpreter, String cause) {
        this(interpreter, cause, CommitRange::none);
    }

    WhenEvaluator(Interpreter interpreter, String cause, Supplier<CommitRange> changes) {
        this.interpreter = interpreter;
        this.cause = cause;
        this.changes = changes;
    }

    public boolean holds(When when, EvalContext ctx) {
        return when.conditions().stream().allMatch(c -> holds(c, ctx));
    }

    private boolean holds(Condition condition, EvalContext ctx) {
        Map<String, String> env = ctx.env();
        if (condition instanceof Condition.Branch b) {
            String branch = present(env.getOrDefault("BRANCH_NAME", env.get("GIT_BRANCH")));
            return branch != null && matches(b.pattern(), branch, b.comparator(), true);
        } else if (condition instanceof Condition.BuildingTag) {
            return present(env.get("TAG_NAME")) != null;
        } else if (condition instanceof Condition.Tag t) {
            String tag = present(env.get("TAG_NAME"));
            return tag != null && t.pattern().filter(p -> !p.isEmpty())
                    .map(p -> matches(p, tag, t.comparator(), true)).orElse(true);
        } else if (condition instanceof Condition.ChangeRequest c) {
            return changeRequest(c, env);
        } else if (condition instanceof Condition.Changeset c) {
            return changes.get().paths().stream().anyMatch(path -> c.comparator() == Comparator.GLOB
                    ? AntPattern.of(c.pattern(), c.caseSensitive()).matches(path)
                    : matches(c.pattern(), path, c.comparator(), c.caseSensitive()));
        } else if (condition instanceof Condition.Changelog c) {
            Pattern regex = Pattern.compile(c.regex(), Pattern.MULTILINE | Pattern.DOTALL);
            // As Jenkins: the whole message or its first line (the summary) must match.
            return changes.get().messages().stream().anyMatch(message -> regex.matcher(message).matches()
                    || regex.matcher(message.strip()).matches()
                    || regex.matcher(message.lines().findFirst().orElse("")).matches());
        } else if (condition instanceof Condition.EnvironmentEquals e) {
            String value = env.get(e.name());
            return value != null && (e.ignoreCase() ? value.equalsIgnoreCase(e.value()) : value.equals(e.value()));
        } else if (condition instanceof Condition.Equals e) {
            Object expected = interpreter.evaluate(e.expected(), ctx);
            Object actual = interpreter.evaluate(e.actual(), ctx);
            return Objects.equals(expected, actual)
                    || Objects.equals(String.valueOf(expected), String.valueOf(actual));
        } else if (condition instanceof Condition.Expression e) {
            return interpreter.evaluateCondition(e.body(), ctx);
        } else if (condition instanceof Condition.TriggeredBy t) {
            return TriggerCauses.matches(cause, t.cause(), t.detail());
        } else if (condition instanceof Condition.Not n) {
            return !holds(n.condition(), ctx);
        } else if (condition instanceof Condition.AllOf all) {
            return all.conditions().stream().allMatch(c -> holds(c, ctx));
        } else if (condition instanceof Condition.AnyOf any) {
            return any.conditions().stream().anyMatch(c -> holds(c, ctx));
        }
        // IsRestartedRun: this engine does not restart builds from a stage.
        return false;
    }

    /** A change request build (CHANGE_ID set) whose every given field matches its CHANGE_* variable. */
    private static boolean changeRequest(Condition.ChangeRequest c, Map<String, String> env) {
        if (present(env.get("CHANGE_ID")) == null) {
            return false;
        }
        for (Map.Entry<String, String> field : c.fields().entrySet()) {
            String variable = CHANGE_FIELDS.get(field.getKey());
            String actual = variable == null ? null : present(env.get(variable));
            if (actual == null || !matches(field.getValue(), actual, c.comparator(), true)) {
                return false;
            }
        }
        return true;
    }

    /** The value, or null when it is missing or blank (an empty TAG_NAME is no tag). */
    private static String present(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static boolean matches(String pattern, String value, Comparator comparator, boolean caseSensitive) {
        return switch (comparator) {
            case EQUALS -> caseSensitive ? pattern.equals(value) : pattern.equalsIgnoreCase(value);
            case REGEXP -> Pattern.compile(pattern, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE).matcher(value).matches();
            case GLOB -> AntPattern.of(pattern, caseSensitive).matches(value);
        };
    }
}
