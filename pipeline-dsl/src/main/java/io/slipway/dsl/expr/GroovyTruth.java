package io.slipway.dsl.expr;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;

/** Groovy truth: null, false, 0, and empty strings, collections and maps are false; a Matcher is true if it finds. */
final class GroovyTruth {

    private GroovyTruth() {
    }

    static boolean test(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Number n) {
            return !GroovyNumbers.isZero(n);
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof Matcher m) {
            // as Groovy: find() advances, so m.group() after `if (m)` reads the first match
            return m.find();
        }
        return true;
    }
}
