package io.slipway.dsl.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code new T(...)} for the types scripts construct: exceptions to throw and the plain collections. */
final class Constructors {

    private static final Set<String> COLLECTIONS = Set.of("ArrayList", "LinkedList", "HashMap", "LinkedHashMap",
            "TreeMap", "HashSet", "LinkedHashSet", "Object", "Date");

    private Constructors() {
    }

    static boolean isSupported(String type) {
        String simple = simple(type);
        return COLLECTIONS.contains(simple) || ExceptionTypes.isConstructible(simple);
    }

    private static String simple(String type) {
        String t = type.replaceAll("<.*>", "").trim();
        return t.substring(t.lastIndexOf('.') + 1);
    }

    static Object construct(String type, List<Object> args) {
        String simple = simple(type);
        if (ExceptionTypes.isConstructible(simple)) {
            return exception(type, args);
        }
        switch (simple) {
            case "ArrayList", "LinkedList" -> {
                return args.isEmpty() || args.get(0) instanceof Number ? new ArrayList<>() : new ArrayList<>(Args.collection(args, 0));
            }
            case "HashMap", "LinkedHashMap" -> {
                return args.isEmpty() || args.get(0) instanceof Number ? new LinkedHashMap<>() : new LinkedHashMap<>(Args.map(args, 0));
            }
            case "TreeMap" -> {
                return args.isEmpty() ? new java.util.TreeMap<>(GroovyEquality::compare) : treeMap(Args.map(args, 0));
            }
            case "Date" -> {
                return args.isEmpty() ? new java.util.Date() : new java.util.Date(Args.number(args, 0).longValue());
            }
            case "HashSet", "LinkedHashSet" -> {
                return args.isEmpty() || args.get(0) instanceof Number ? new LinkedHashSet<>() : new LinkedHashSet<>(Args.collection(args, 0));
            }
            default -> throw ScriptFault.unsupported(ExprMessages.unsupportedNew(type));
        }
    }

    private static Map<Object, Object> treeMap(Map<?, ?> from) {
        Map<Object, Object> m = new java.util.TreeMap<>(GroovyEquality::compare);
        m.putAll(from);
        return m;
    }

    private static PipelineError exception(String type, List<Object> args) {
        String qualified = ExceptionTypes.qualified(type);
        if (args.isEmpty()) {
            return new PipelineError(qualified, null);
        }
        Object first = args.get(0);
        if (args.size() == 1 && first instanceof PipelineError cause) {
            return new PipelineError(qualified, cause.render());
        }
        return new PipelineError(qualified, first == null ? null : GroovyText.render(first));
    }
}
