package io.slipway.server.deploy;

import java.util.Map;
import java.util.Optional;

/**
 * The release steps a plan looks for, and for each the kind of change it records and which argument names
 * its target — the same kinds and targets the steps record in the change log.
 */
final class ReleaseSteps {

    /** A release step: the kind of change it makes and the argument(s) naming its target. */
    record Shape(String kind, String... targetArgs) {
    }

    static final Map<String, Shape> SHAPES = Map.of(
            "dockerBuild", new Shape("docker.image", "image"),
            "dockerPush", new Shape("docker.image", "image"),
            "kubernetesDeploy", new Shape("kubernetes.deployment", "namespace", "deployment"),
            "kubernetesApply", new Shape("kubernetes.deployment"),
            "consulRegister", new Shape("consul.service", "id", "service"),
            "consulDeregister", new Shape("consul.service", "id"),
            "gatewayRoute", new Shape("gateway.route", "name", "service"),
            "gatewayTargets", new Shape("gateway.targets", "upstream"),
            "drain", new Shape("gateway.targets", "upstream"));

    private ReleaseSteps() {
    }

    /** {@code 127.0.0.1:5000/shop} of {@code 127.0.0.1:5000/shop:2} or {@code 127.0.0.1:5000/shop@sha256:...}. */
    static String repository(String image) {
        int at = image.indexOf('@');
        String name = at < 0 ? image : image.substring(0, at);
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
    }

    static Optional<Shape> shape(String step) {
        return Optional.ofNullable(SHAPES.get(step));
    }

    /**
     * The target a call changes, as the step records it, from its evaluated arguments:
     * {@code namespace/deployment/container} for Kubernetes (namespace {@code default} when not given; container
     * {@code *} when the step picks the deployment's only one), the repository of an image, else the first
     * present of the shape's arguments.
     */
    static Optional<String> target(Shape shape, Map<String, Object> args) {
        if (shape.kind().equals("kubernetes.deployment")) {
            Object deployment = args.get("deployment");
            return deployment == null ? Optional.empty()
                    : Optional.of(args.getOrDefault("namespace", "default") + "/" + deployment + "/"
                            + args.getOrDefault("container", "*"));
        }
        if (shape.kind().equals("docker.image")) {
            return Optional.ofNullable(args.get("image")).map(i -> repository(String.valueOf(i)));
        }
        for (String name : shape.targetArgs()) {
            Object value = args.get(name);
            if (value != null) {
                return Optional.of(String.valueOf(value));
            }
        }
        return Optional.empty();
    }
}
