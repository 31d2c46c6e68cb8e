package io.slipway.dsl.expr;

import io.slipway.dsl.ast.SourcePos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step call as a script made it, with its arguments evaluated: {@code sh 'x'} has one positional
 * argument, {@code sh script: 'x', returnStdout: true} two named ones in source order, and
 * {@code dir('sub') { ... }} a {@link StepBody}. Argument values are interpreter values: strings,
 * numbers, booleans, {@code null}, lists, maps and {@link ClosureValue}s (as in
 * {@code parallel a: { }, b: { }}).
 */
public record StepInvocation(String name, List<Object> args, Map<String, Object> named, Optional<StepBody> body,
                             SourcePos pos) {

    public StepInvocation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pos, "pos");
        // values may be null, so List.copyOf/Map.copyOf do not fit
        args = Collections.unmodifiableList(new ArrayList<>(args));
        named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    /** The single argument of {@code echo 'x'} or {@code echo message: 'x'}: the first positional one, else the named one. */
    public Optional<Object> argument(String namedAs) {
        if (named.containsKey(namedAs)) {
            return Optional.ofNullable(named.get(namedAs));
        }
        return args.isEmpty() ? Optional.empty() : Optional.ofNullable(args.get(0));
    }
}
