package io.slipway.agent.step;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call of a step with its arguments evaluated: {@code sh 'make'} has one positional argument,
 * {@code sh script: 'make', returnStdout: true} two named ones, {@code dir('x') { ... }} a body.
 * Values are strings, numbers, booleans, null, lists and maps. {@code location} is
 * {@code file:line:column} of the call, for messages.
 */
public record StepCall(String name, List<Object> args, Map<String, Object> named, Optional<StepBody> body,
        String location) {

    public StepCall {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        // argument values may be null, which List.copyOf/Map.copyOf refuse
        args = Collections.unmodifiableList(new ArrayList<>(args));
        named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    /** The named argument {@code key}, or else the first positional one (Jenkins' default parameter). */
    public Optional<Object> main(String key) {
        if (named.containsKey(key)) {
            return Optional.ofNullable(named.get(key));
        }
        return args.isEmpty() ? Optional.empty() : Optional.ofNullable(args.get(0));
    }

    /** The named argument {@code key} when given. */
    public Optional<Object> arg(String key) {
        return Optional.ofNullable(named.get(key));
    }

    /** The main argument as text; a {@link StepFailure} naming the step when it is missing. */
    public String requiredText(String key) {
        return main(key).map(String::valueOf)
                .orElseThrow(() -> new StepFailure(location + ": " + name + ": missing argument '" + key + "'"));
    }

    /** A named argument as text, or {@code fallback}. */
    public String text(String key, String fallback) {
        return arg(key).map(String::valueOf).orElse(fallback);
    }

    /** A named argument as a Groovy-ish boolean, or {@code fallback}. */
    public boolean flag(String key, boolean fallback) {
        return arg(key).map(v -> v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v))).orElse(fallback);
    }

    /** A named argument as a number, or {@code fallback}; a {@link StepFailure} when it is not one. */
    public long number(String key, long fallback) {
        Optional<Object> value = key == null ? Optional.empty() : arg(key);
        return value.map(v -> toLong(v, key)).orElse(fallback);
    }

    /** The main argument as a number. */
    public long requiredNumber(String key) {
        return toLong(main(key).orElseThrow(() ->
                new StepFailure(location + ": " + name + ": missing argument '" + key + "'")), key);
    }

    private long toLong(Object v, String key) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new StepFailure(location + ": " + name + ": '" + key + "' must be a number, was '" + v + "'");
        }
    }

    /** The body of a block step; a {@link StepFailure} when the call has none. */
    public StepBody requiredBody() {
        return body.orElseThrow(() -> new StepFailure(location + ": " + name + " needs a block { ... }"));
    }
}
