package io.slipway.server.run;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The builds running in this server process, by job and number. Thread-safe. */
public final class RunningBuilds {

    private final Map<String, BuildControl> controls = new ConcurrentHashMap<>();

    public BuildControl register(String job, int number) {
        BuildControl control = new BuildControl();
        controls.put(key(job, number), control);
        return control;
    }

    public void remove(String job, int number) {
        controls.remove(key(job, number));
    }

    public Optional<BuildControl> find(String job, int number) {
        return Optional.ofNullable(controls.get(key(job, number)));
    }

    /** Whether any build of {@code job} is running here. */
    public boolean anyOf(String job) {
        return controls.keySet().stream().anyMatch(k -> k.startsWith(job + "#"));
    }

    public int size() {
        return controls.size();
    }

    /** Aborts every running build (server shutting down). */
    public void abortAll(String reason) {
        controls.values().forEach(c -> c.abort(reason));
    }

    private static String key(String job, int number) {
        return job + "#" + number;
    }
}
