package io.slipway.server.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.store.BuildRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between build rows (JSON text columns) and {@link Build} records. */
public final class BuildRecords {

    private static final TypeReference<LinkedHashMap<String, Object>> PARAMS = new TypeReference<>() { };
    private static final TypeReference<List<StageRun>> STAGES = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, String>> SCM = new TypeReference<>() { };

    private final ObjectMapper json;

    public BuildRecords(ObjectMapper json) {
        this.json = json;
    }

    public Build toBuild(BuildRow row) {
        try {
            Map<String, Object> parameters = json.readValue(row.parameters(), PARAMS);
            List<StageRun> stages = json.readValue(row.stages(), STAGES);
            Map<String, String> scm = row.scmEnv() == null ? Map.of() : json.readValue(row.scmEnv(), SCM);
            return new Build(row.jobName(), row.number(), BuildStatus.valueOf(row.status()), row.cause(), parameters,
                    row.commitSha(), stages, row.queuedAt(), row.startedAt(), row.finishedAt(), row.endReason(),
                    row.sourceRef(), scm, row.secretParameters() == null || row.secretParameters().isBlank()
                            ? java.util.Set.of() : java.util.Set.of(row.secretParameters().split(",")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("build " + row.jobName() + " #" + row.number() + " holds unreadable JSON", e);
        }
    }

    public BuildRow toRow(Build build) {
        return new BuildRow(build.job(), build.number(), build.status().name(), build.cause(),
                write(build.parameters()), build.commit(), stagesJson(build.stages()), build.queuedAt(),
                build.startedAt(), build.finishedAt(), build.endReason(), build.ref(), scmJson(build.scm()), null,
                build.secretParameters().isEmpty() ? null : String.join(",", build.secretParameters()));
    }

    /** The SCM variables as the {@code scm_env} column holds them. */
    public String scmJson(Map<String, String> scm) {
        return write(scm);
    }

    public String stagesJson(List<StageRun> stages) {
        return write(stages);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
