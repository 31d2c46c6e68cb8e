package io.slipway.agent.docker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Asks a registry which digest a tag points to ({@code HEAD /v2/<path>/manifests/<tag>}, the
 * {@code Docker-Content-Digest} header), with basic authentication when credentials are given. Loopback
 * registries are spoken to over plain HTTP, as Docker allows them; others over HTTPS. Any failure means "unknown",
 * never a failed step: the answer only fills in the "before" of a change record. Thread-safe.
 */
final class RegistryDigests {

    private static final String ACCEPT = String.join(", ",
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.oci.image.index.v1+json");

    /** Made on the first push, not when the step is registered: its TLS set-up is a noticeable part of a server start. */
    private static final class Client {
        static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The digest {@code image}'s tag points to now, if the registry tells. */
    Optional<String> current(ImageReference image, String username, String password) throws InterruptedException {
        String registry = image.registry().equals("docker.io") ? "registry-1.docker.io" : image.registry();
        boolean loopback = registry.startsWith("127.") || registry.startsWith("localhost") || registry.startsWith("[::1]");
        URI uri = URI.create((loopback ? "http://" : "https://") + registry + "/v2/" + image.path() + "/manifests/"
                + image.tag());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", ACCEPT);
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<Void> response = Client.HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? response.headers().firstValue("Docker-Content-Digest") : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
