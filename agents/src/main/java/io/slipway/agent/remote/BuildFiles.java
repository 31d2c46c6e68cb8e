package io.slipway.agent.remote;

import io.slipway.agent.files.ZipTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Moves a build's files between this agent and the server's build folder over HTTP ({@code /agent/files},
 * with the agent's token): a stash is fetched before {@code unstash}, and what {@code stash} and
 * {@code archiveArtifacts} produced is sent after them, as a zip. The server accepts it only while this agent
 * runs the build. Transfers are retried a few times, since a network cut may hit one.
 */
final class BuildFiles {

    private static final int ATTEMPTS = 5;

    private final AgentOptions options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    BuildFiles(AgentOptions options) {
        this.options = options;
    }

    /** Fetches the build folder's {@code under} (e.g. {@code stashes/app}) into {@code buildDir}; false if absent. */
    boolean fetch(String job, int build, String under, Path buildDir) throws IOException, InterruptedException {
        HttpRequest request = request(job, build, "&under=" + encode(under)).GET().build();
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (response.statusCode() == 404) {
                        return false;
                    }
                    if (response.statusCode() != 200) {
                        throw new IOException("the server answered " + response.statusCode() + " for " + under);
                    }
                    ZipTrees.unzip(body, buildDir.resolve(under));
                    return true;
                }
            } catch (IOException e) {
                last = e;
                Thread.sleep(500L * attempt);
            }
        }
        throw last;
    }

    /** Sends everything under {@code localDir} into the build folder; {@code replace} (may be null) is emptied first. */
    void send(String job, int build, Path localDir, String replace) throws IOException, InterruptedException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ZipTrees.zip(localDir, zip);
        byte[] body = zip.toByteArray();
        HttpRequest request = request(job, build, replace == null ? "" : "&replace=" + encode(replace))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/zip").build();
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 204 || response.statusCode() == 200) {
                    return;
                }
                throw new IOException("the server refused the files (" + response.statusCode() + "): "
                        + response.body());
            } catch (IOException e) {
                last = e;
                Thread.sleep(500L * attempt);
            }
        }
        throw last;
    }

    private HttpRequest.Builder request(String job, int build, String more) {
        String base = options.server().toString().replaceFirst("/+$", "");
        return HttpRequest.newBuilder(URI.create(base + "/agent/files?job=" + encode(job) + "&number=" + build + more))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + options.token());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
