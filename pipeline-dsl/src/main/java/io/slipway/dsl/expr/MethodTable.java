package io.slipway.dsl.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods of one receiver type, by name and number of arguments: the table-driven library that
 * {@link StringMethods}, {@link ListMethods}, {@link MapMethods} and {@link NumberMethods} fill.
 * Immutable after the class that builds it is initialised, hence safe to share between threads.
 */
final class MethodTable<T> {

    @FunctionalInterface
    interface Impl<T> {
        Object call(T self, List<Object> args);
    }

    private record Overload<T>(int minArgs, int maxArgs, Impl<T> impl) {}

    private final String receiverType;
    private final Map<String, List<Overload<T>>> methods = new HashMap<>();

    MethodTable(String receiverType) {
        this.receiverType = receiverType;
    }

    MethodTable<T> add(String name, int args, Impl<T> impl) {
        return add(name, args, args, impl);
    }

    /** {@code maxArgs} of {@link Integer#MAX_VALUE} takes any number of arguments from {@code minArgs} up. */
    MethodTable<T> add(String name, int minArgs, int maxArgs, Impl<T> impl) {
        methods.computeIfAbsent(name, n -> new ArrayList<>()).add(new Overload<>(minArgs, maxArgs, impl));
        return this;
    }

    boolean has(String name) {
        return methods.containsKey(name);
    }

    Set<String> names() {
        return methods.keySet();
    }

    String receiverType() {
        return receiverType;
    }

    Object call(String name, T self, List<Object> args) {
        List<Overload<T>> overloads = methods.get(name);
        if (overloads == null) {
            throw ScriptFault.unsupported(ExprMessages.unknownMethod(name, receiverType));
        }
        for (Overload<T> o : overloads) {
            if (args.size() >= o.minArgs() && args.size() <= o.maxArgs()) {
                return o.impl().call(self, args);
            }
        }
        throw ScriptFault.missingMethod(ExprMessages.wrongArguments(name, receiverType, args.size()));
    }
}
