package io.slipway.agent.step;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The services a build offers beyond the core ones of {@link BuildServices}, looked up by type: the
 * build's identity for notifications, the gateway nodes and release recorders for release steps, and
 * whatever a later step family needs. A typed map keeps {@link BuildServices} stable while step
 * families grow independently; a step that needs a service it does not find fails with a clear message.
 * Immutable: {@link #with} returns a copy.
 */
public final class BuildExtensions {

    private static final BuildExtensions NONE = new BuildExtensions(Map.of());

    private final Map<Class<?>, Object> services;

    private BuildExtensions(Map<Class<?>, Object> services) {
        this.services = services;
    }

    /** No extensions at all. */
    public static BuildExtensions none() {
        return NONE;
    }

    /** A copy of these extensions that also offers {@code service} as a {@code type}. */
    public <T> BuildExtensions with(Class<T> type, T service) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(service, "service");
        java.util.HashMap<Class<?>, Object> copy = new java.util.HashMap<>(services);
        copy.put(type, service);
        return new BuildExtensions(Map.copyOf(copy));
    }

    /** The service offered as {@code type}, if any. */
    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type)));
    }

    /** The service offered as {@code type}; a {@link StepFailure} naming it when the engine offers none. */
    public <T> T require(Class<T> type) {
        return find(type).orElseThrow(() -> new StepFailure(
                "this build offers no " + type.getSimpleName() + " (the server did not configure it)"));
    }
}
