package io.slipway.dsl.expr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The script's {@code env}: reads and writes go to the caller's map. As in Jenkins, a value written is
 * stored as its string, {@code null} removes the variable, and reading an unset one gives {@code null}.
 */
final class EnvObject {

    /** The methods of {@code env}; also what the checker accepts. */
    static final java.util.Set<String> METHODS = java.util.Set.of("getProperty", "getAt", "setProperty", "putAt",
            "getEnvironment", "getOverriddenEnvironment", "toString");

    private final Map<String, String> env;

    EnvObject(Map<String, String> env) {
        this.env = env;
    }

    Object get(String name) {
        return env.get(name);
    }

    boolean has(String name) {
        return env.containsKey(name);
    }

    void set(String name, Object value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, GroovyText.render(value));
        }
    }

    Object call(String method, List<Object> args) {
        return switch (method + "/" + args.size()) {
            case "getProperty/1", "getAt/1" -> get(Args.string(args, 0));
            case "setProperty/2", "putAt/2" -> {
                set(Args.string(args, 0), args.get(1));
                yield null;
            }
            case "getEnvironment/0", "getOverriddenEnvironment/0" -> new LinkedHashMap<Object, Object>(env);
            case "toString/0" -> GroovyText.render(env);
            default -> throw ScriptFault.unsupported(ExprMessages.unknownMethod(method, "env"));
        };
    }

    @Override
    public String toString() {
        return GroovyText.render(env);
    }
}
