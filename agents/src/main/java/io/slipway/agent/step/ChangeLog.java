package io.slipway.agent.step;

/**
 * Where a step that changes the world records what it changed (image pushed, rollout revision,
 * Consul entry, gateway route), so that a rollback can restore it. Thread-safe.
 * <p>
 * The kinds the release steps record, and what target, before and after hold (before is null when there
 * was nothing; JSON values use the step's own argument names, so a rollback can replay them as arguments):
 * <ul>
 *   <li>{@code docker.image}: target the image repository ({@code 127.0.0.1:5000/shop}); after
 *       {@code repo@sha256:...}, the pushed digest; before the digest the tag had before, if known.</li>
 *   <li>{@code kubernetes.deployment}: target {@code namespace/deployment/container}; before and after
 *       {@code {"image":"...","revision":N}}, the container's image and the Deployment's rollout revision
 *       ({@code deployment.kubernetes.io/revision}) with that image (0 after {@code kubernetesApply}: not rolled
 *       out yet). An automatic undo is a second record.</li>
 *   <li>{@code consul.service}: target the service id; before/after
 *       {@code {"id","service","address","port","tags",["check":{"http","interval"}]}}, after null on deregister.</li>
 *   <li>{@code gateway.route}: target the route name; before/after
 *       {@code {"name","service","url","paths","hosts","stripPath"}}; before null when the route was new
 *       (a rollback then deletes the route).</li>
 *   <li>{@code gateway.targets}: target the upstream name; before/after a JSON array of
 *       {@code {"target":"host:port","weight":n}} sorted by target, every target of the upstream. A watch window's
 *       automatic restore is a second record.</li>
 *   <li>{@code gateway.snapshot}: target the artifact's path relative to the build's {@code artifacts/};
 *       after the {@code configuration_hash} of the stored configuration.</li>
 * </ul>
 */
public interface ChangeLog {

    /** Records one change; {@code before} may be null when there was nothing before. */
    void record(Change change);

    /** One change: what kind, of which target, from what to what. */
    record Change(String kind, String target, String before, String after) {
    }
}
