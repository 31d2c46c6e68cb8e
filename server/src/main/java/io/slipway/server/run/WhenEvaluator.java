package io.slipway.server.run;

import io.slipway.dsl.expr.EvalContext;
import io.slipway.dsl.expr.Interpreter;
import io.slipway.dsl.model.Comparator;
import io.slipway.dsl.model.Condition;
import io.slipway.dsl.model.When;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides a stage's {@code when}: every condition must hold (public for the release planner, which decides
 * the {@code when} of stages still to run). Conditions about tags, change requests
 * and change sets are false here, because the local executor builds branches only.
 */
public final class WhenEvaluator {

    private final Interpreter interpreter;
    private final String cause;

    public WhenEvaluator(Interpreter interpreter, String cause) {
        this.interpreter = interpreter;
        this.cause = cause;
    }

    public boolean holds(When when, EvalContext ctx) {
        return when.conditions().stream().allMatch(c -> holds(c, ctx));
    }

    private boolean holds(Condition condition, EvalContext ctx) {
        Map<String, String> env = ctx.env();
        if (condition instanceof Condition.Branch b) {
            String branch = env.getOrDefault("BRANCH_NAME", env.get("GIT_BRANCH"));
            return branch != null && matches(b.pattern(), branch, b.comparator(), true);
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
            return switch (t.cause()) {
                case "UserIdCause" -> cause.startsWith("Started by user")
                        && t.detail().map(d -> cause.equals("Started by user " + d)).orElse(true);
                case "TimerTrigger", "TimerTriggerCause" -> cause.startsWith("Started by timer");
                default -> cause.contains(t.cause());
            };
        } else if (condition instanceof Condition.Not n) {
            return !holds(n.condition(), ctx);
        } else if (condition instanceof Condition.AllOf all) {
            return all.conditions().stream().allMatch(c -> holds(c, ctx));
        } else if (condition instanceof Condition.AnyOf any) {
            return any.conditions().stream().anyMatch(c -> holds(c, ctx));
        }
        // BuildingTag, Tag, ChangeRequest, Changeset, Changelog, IsRestartedRun: never for a branch build.
        return false;
    }

    static boolean matches(String pattern, String value, Comparator comparator, boolean caseSensitive) {
        return switch (comparator) {
            case EQUALS -> caseSensitive ? pattern.equals(value) : pattern.equalsIgnoreCase(value);
            case REGEXP -> Pattern.compile(pattern, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE).matcher(value).matches();
            case GLOB -> Pattern.compile(globToRegex(pattern), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE)
                    .matcher(value).matches();
        };
    }

    /** Ant-style glob: {@code **} any path, {@code *} any text without {@code /}, {@code ?} one character. */
    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
