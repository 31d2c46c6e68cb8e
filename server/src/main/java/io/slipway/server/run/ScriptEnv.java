package io.slipway.server.run;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code env} scripts see: reads come from the running step's environment; a write
 * ({@code env.X = 'v'}, or {@code env.X = null} to remove) changes that environment and is also kept
 * for the whole build, as in Jenkins, where {@code env.X} set in a {@code script} block stays visible
 * to later stages and to post blocks. Each stage starts with the build's writes so far applied (see
 * {@link Writes#applyTo}); its own {@code environment} directive and {@code withEnv} still win inside it.
 */
final class ScriptEnv extends AbstractMap<String, String> {

    /** The variables scripts of one build wrote, in order; a null value is a removal. Thread-safe. */
    static final class Writes {

        private final Map<String, String> written = new LinkedHashMap<>();
        private final Map<String, String> root;

        /** {@code root} is the build's top-level environment, which post blocks of the pipeline use. */
        Writes(Map<String, String> root) {
            this.root = root;
        }

        synchronized void write(String name, String value) {
            written.put(name, value);
            if (value == null) {
                root.remove(name);
            } else {
                root.put(name, value);
            }
        }

        /** Applies every write so far to a stage's fresh environment. */
        synchronized void applyTo(Map<String, String> env) {
            written.forEach((name, value) -> {
                if (value == null) {
                    env.remove(name);
                } else {
                    env.put(name, value);
                }
            });
        }
    }

    private final Map<String, String> current;
    private final Writes writes;

    ScriptEnv(Map<String, String> current, Writes writes) {
        this.current = current;
        this.writes = writes;
    }

    @Override
    public String get(Object key) {
        return current.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return current.containsKey(key);
    }

    @Override
    public String put(String key, String value) {
        String before = current.put(key, value);
        writes.write(key, value);
        return before;
    }

    @Override
    public String remove(Object key) {
        String before = current.remove(key);
        if (key instanceof String name) {
            writes.write(name, null);
        }
        return before;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new HashMap<>(current).entrySet();
    }
}
