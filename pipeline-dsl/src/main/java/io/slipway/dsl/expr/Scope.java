package io.slipway.dsl.expr;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Variables of one block, closure call or script, chained to the enclosing ones. The root scope holds
 * the script's bindings (variables assigned without {@code def}), shared by every script block of a
 * build. Synchronized because parallel branches may run closures of one scope at once.
 */
final class Scope {

    /** Marks "declared with the value null" apart from "not declared". */
    private static final Object NULL = new Object();

    private final Scope parent;
    private final Map<String, Object> vars = new HashMap<>();
    /** Declared types of typed variables ({@code int n}), which assignments cast to as Groovy does. */
    private final Map<String, String> types = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    static Scope root() {
        return new Scope(null);
    }

    Scope child() {
        return new Scope(this);
    }

    synchronized void declare(String name, Object value) {
        vars.put(name, value == null ? NULL : value);
        types.remove(name);
    }

    synchronized void declareTyped(String name, Object value, String type) {
        vars.put(name, value == null ? NULL : value);
        types.put(name, type);
    }

    /** The declared type of the nearest variable of this name, if it was declared with one. */
    Optional<String> typeOf(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            synchronized (s) {
                if (s.vars.containsKey(name)) {
                    return Optional.ofNullable(s.types.get(name));
                }
            }
        }
        return Optional.empty();
    }

    /** The value of a variable visible here; empty when no scope declares it. An inner value may be null. */
    Optional<Slot> lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Object v;
            synchronized (s) {
                v = s.vars.get(name);
            }
            if (v != null) {
                return Optional.of(new Slot(v == NULL ? null : v));
            }
        }
        return Optional.empty();
    }

    /** Assigns to the nearest declaration, or binds in the root scope as Groovy scripts do. */
    void assign(String name, Object value) {
        Scope s = this;
        while (true) {
            synchronized (s) {
                if (s.vars.containsKey(name) || s.parent == null) {
                    s.vars.put(name, value == null ? NULL : value);
                    return;
                }
            }
            s = s.parent;
        }
    }

    /** A looked-up value, which may be null. */
    record Slot(Object value) {}
}
