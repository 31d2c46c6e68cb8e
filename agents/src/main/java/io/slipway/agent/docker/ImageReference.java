package io.slipway.agent.docker;

import io.slipway.agent.arguments.ReleaseArguments;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image name as Docker reads it: {@code [registry/]path[:tag]}. The first component is a registry when it has
 * a dot or a colon or is {@code localhost} ({@code 127.0.0.1:5000/shop:1.2}); otherwise the image lives on Docker
 * Hub. Without a tag the tag is {@code latest}.
 *
 * @param repository the name without tag ({@code 127.0.0.1:5000/shop})
 * @param tag the tag ({@code 1.2})
 */
public record ImageReference(String repository, String tag) {

    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");

    /** The step's required {@code image} argument as an image name; a step failure naming the argument if it is none. */
    public static ImageReference imageArgument(ReleaseArguments args) {
        String name = args.requiredText("image");
        return parse(name).orElseThrow(() -> args.failure(
                "argument 'image' must be an image name such as 127.0.0.1:5000/shop:1.2, was '" + name + "'"));
    }

    /** Reads {@code name}; empty when it is no valid image name (digests are not accepted here). */
    public static Optional<ImageReference> parse(String name) {
        if (name == null || name.isBlank() || name.contains("@") || name.contains(" ")) {
            return Optional.empty();
        }
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        String repository = colon > slash ? name.substring(0, colon) : name;
        String tag = colon > slash ? name.substring(colon + 1) : "latest";
        if (!TAG.matcher(tag).matches()) {
            return Optional.empty();
        }
        String[] parts = repository.split("/");
        int first = parts.length > 1 && isRegistry(parts[0]) ? 1 : 0;
        if (first == parts.length) {
            return Optional.empty();
        }
        for (int i = first; i < parts.length; i++) {
            if (!COMPONENT.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new ImageReference(repository, tag));
    }

    /** The registry host ({@code 127.0.0.1:5000}), or {@code docker.io} for Docker Hub. */
    public String registry() {
        int slash = repository.indexOf('/');
        String first = slash < 0 ? "" : repository.substring(0, slash);
        return slash >= 0 && isRegistry(first) ? first : "docker.io";
    }

    /** The repository path inside its registry ({@code shop}, {@code library/nginx}). */
    public String path() {
        String registry = registry();
        if (registry.equals("docker.io")) {
            return repository.contains("/") ? repository : "library/" + repository;
        }
        return repository.substring(registry.length() + 1);
    }

    /** {@code repository:tag}. */
    @Override
    public String toString() {
        return repository + ":" + tag;
    }

    private static boolean isRegistry(String component) {
        return component.contains(".") || component.contains(":") || component.equals("localhost");
    }
}
