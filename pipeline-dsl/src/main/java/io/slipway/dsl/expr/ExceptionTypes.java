package io.slipway.dsl.expr;

import java.util.Map;

/**
 * The Java exception hierarchy a Jenkinsfile's {@code catch} clauses rely on, by simple name. A thrown
 * type that is not listed counts as an Exception; a caught type that is not listed matches only its own
 * simple name.
 */
final class ExceptionTypes {

    private static final Map<String, String> PARENT = Map.ofEntries(
            Map.entry("Exception", "Throwable"),
            Map.entry("Error", "Throwable"),
            Map.entry("AssertionError", "Error"),
            Map.entry("PowerAssertionError", "AssertionError"),
            Map.entry("StackOverflowError", "Error"),
            Map.entry("RuntimeException", "Exception"),
            Map.entry("IllegalArgumentException", "RuntimeException"),
            Map.entry("NumberFormatException", "IllegalArgumentException"),
            Map.entry("PatternSyntaxException", "IllegalArgumentException"),
            Map.entry("IllegalFormatException", "IllegalArgumentException"),
            Map.entry("IllegalStateException", "RuntimeException"),
            Map.entry("NullPointerException", "RuntimeException"),
            Map.entry("IndexOutOfBoundsException", "RuntimeException"),
            Map.entry("ArrayIndexOutOfBoundsException", "IndexOutOfBoundsException"),
            Map.entry("StringIndexOutOfBoundsException", "IndexOutOfBoundsException"),
            Map.entry("NoSuchElementException", "RuntimeException"),
            Map.entry("ArithmeticException", "RuntimeException"),
            Map.entry("UnsupportedOperationException", "RuntimeException"),
            Map.entry("ClassCastException", "RuntimeException"),
            Map.entry("GroovyCastException", "ClassCastException"),
            Map.entry("GroovyRuntimeException", "RuntimeException"),
            Map.entry("MissingPropertyException", "GroovyRuntimeException"),
            Map.entry("MissingMethodException", "GroovyRuntimeException"),
            Map.entry("IOException", "Exception"),
            Map.entry("AbortException", "IOException"),
            Map.entry("InterruptedException", "Exception"),
            Map.entry("FlowInterruptedException", "InterruptedException"),
            Map.entry("TimeoutException", "Exception"));

    /** Types a script may construct with {@code new}: the listed ones other than Groovy's and Jenkins' internals. */
    private static final java.util.Set<String> CONSTRUCTIBLE = java.util.Set.of(
            "Exception", "Error", "RuntimeException", "IllegalArgumentException", "IllegalStateException",
            "NumberFormatException", "UnsupportedOperationException", "NullPointerException",
            "IOException", "AbortException", "InterruptedException", "Throwable", "AssertionError",
            "ArithmeticException", "NoSuchElementException", "IndexOutOfBoundsException", "TimeoutException");

    private static final Map<String, String> PACKAGE = Map.of(
            "AbortException", "hudson",
            "IOException", "java.io",
            "TimeoutException", "java.util.concurrent",
            "NoSuchElementException", "java.util",
            "FlowInterruptedException", "org.jenkinsci.plugins.workflow.steps");

    private ExceptionTypes() {
    }

    static boolean isKnown(String simpleName) {
        return simpleName.equals("Throwable") || PARENT.containsKey(simpleName);
    }

    static boolean isConstructible(String written) {
        return CONSTRUCTIBLE.contains(simple(written));
    }

    /** The qualified name {@code new T()} produces. */
    static String qualified(String written) {
        if (written.contains(".")) {
            return written;
        }
        return PACKAGE.getOrDefault(written, "java.lang") + "." + written;
    }

    /** Whether {@code catch (caught e)} catches an exception of type {@code thrown} (qualified or simple). */
    static boolean catches(String caught, String thrown) {
        String target = simple(caught.trim());
        String t = simple(thrown);
        if (!isKnown(t)) {
            if (t.equals(target)) {
                return true;
            }
            t = "Exception";
        }
        for (String s = t; s != null; s = PARENT.get(s)) {
            if (s.equals(target)) {
                return true;
            }
        }
        return false;
    }

    static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
