package io.slipway.server.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The image, digest, rollout revision and gateway snapshot a build released, read from its changes:
 * {@code kubernetes.deployment} ({@code {"image", "revision"}}: the image rolled out and its revision) wins over
 * {@code docker.image} (the pushed {@code repo@sha256:...}, whose digest is kept); {@code gateway.snapshot}
 * names the artifact. A value that is a JSON object is read by its {@code image}, {@code digest} and
 * {@code revision} fields. What a build did not release stays null.
 */
record ReleaseFacts(String image, String digest, String revision, String snapshot) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ReleaseFacts of(List<ReleaseChange> changes) {
        String image = null;
        String digest = null;
        String revision = null;
        String snapshot = null;
        String pushed = null;
        for (ReleaseChange c : changes) {
            if (c.after() == null) {
                continue;
            }
            switch (c.kind()) {
                case "docker.image" -> {
                    pushed = field(c.after(), "image").orElse(reference(c.after()) ? c.after() : c.target());
                    digest = field(c.after(), "digest").or(() -> digestOf(c.after())).orElse(digest);
                }
                case "kubernetes.deployment" -> {
                    image = field(c.after(), "image").orElse(reference(c.after()) ? c.after() : image);
                    // revision 0: kubernetesApply changed the template, the rollout has no revision yet
                    revision = field(c.after(), "revision").filter(r -> !r.equals("0")).orElse(revision);
                }
                case "gateway.snapshot" -> snapshot = c.target();
                default -> { }
            }
        }
        if (image == null) {
            image = pushed;
        }
        if (image != null && digest == null) {
            digest = digestOf(image).orElse(null);
        }
        return new ReleaseFacts(image, digest, revision, snapshot);
    }

    /** These facts, with what this build did not release taken from the deployment before. */
    ReleaseFacts orElse(Optional<Deployment> before) {
        if (before.isEmpty()) {
            return this;
        }
        Deployment d = before.get();
        boolean sameImage = image == null;
        return new ReleaseFacts(sameImage ? d.image() : image, sameImage ? d.digest() : digest,
                revision == null ? d.revision() : revision, snapshot == null ? d.snapshot() : snapshot);
    }

    private static Optional<String> field(String value, String name) {
        if (!value.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(value).path(name);
            return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean reference(String value) {
        return !value.startsWith("{") && !value.startsWith("[") && !value.startsWith("sha256:") && !value.isBlank();
    }

    private static Optional<String> digestOf(String value) {
        if (value.startsWith("sha256:")) {
            return Optional.of(value);
        }
        int at = value.indexOf("@sha256:");
        return at < 0 ? Optional.empty() : Optional.of(value.substring(at + 1));
    }
}
