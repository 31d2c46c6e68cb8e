package io.slipway.server.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.server.api.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample jobs on a server's first start: each {@code jobs/<name>/job.json} (description,
 * optionally a repository) with the {@code Jenkinsfile} beside it as the inline pipeline. A missing
 * samples folder is skipped silently; a broken sample is logged and skipped.
 */
public final class SampleJobs {

    private static final Logger LOG = LoggerFactory.getLogger(SampleJobs.class);

    private final JobService jobs;
    private final ObjectMapper json;

    public SampleJobs(JobService jobs, ObjectMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    /** Loads every sample job under {@code samplesDir/jobs}; returns the names loaded. */
    public List<String> load(Path samplesDir) {
        Path root = samplesDir.resolve("jobs");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().map(this::loadOne)
                    .flatMap(Stream::ofNullable).toList();
        } catch (IOException e) {
            LOG.warn("cannot list sample jobs in {}: {}", root, e.toString());
            return List.of();
        }
    }

    private String loadOne(Path dir) {
        String name = dir.getFileName().toString();
        try {
            Path jobFile = dir.resolve("job.json");
            ObjectNode body = Files.exists(jobFile)
                    ? (ObjectNode) json.readTree(jobFile.toFile())
                    : json.createObjectNode();
            body.put("name", name);
            Path script = dir.resolve("Jenkinsfile");
            if (!body.has("repository") && Files.exists(script)) {
                body.put("pipeline", Files.readString(script));
            }
            if (jobs.find(name).isEmpty()) {
                jobs.create(JobRequest.from(body, null));
            }
            return name;
        } catch (IOException | ApiException | ClassCastException e) {
            LOG.warn("sample job {} skipped: {}", name, e.getMessage());
            return null;
        }
    }
}
