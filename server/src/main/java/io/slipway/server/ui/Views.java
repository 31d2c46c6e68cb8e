package io.slipway.server.ui;

import io.slipway.server.build.Build;
import io.slipway.server.build.StageRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** View models of builds and stages as the templates read them: plain maps of strings. */
final class Views {

    private Views() {
    }

    /** A map from alternating keys and values; null values become empty strings. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value == null ? "" : value);
        }
        return map;
    }

    static Map<String, Object> build(Build build) {
        return map("job", build.job(), "number", build.number(), "status", build.status().name(),
                "statusClass", build.status().name().toLowerCase(Locale.ROOT), "cause", build.cause(),
                "commit", build.commit() == null ? "" : build.commit().substring(0, Math.min(12, build.commit().length())),
                "queuedAt", Formats.time(build.queuedAt()), "startedAt", Formats.time(build.startedAt()),
                "finishedAt", Formats.time(build.finishedAt()), "duration", Formats.duration(durationMillis(build)),
                "endReason", build.endReason(), "final", build.status().isFinal());
    }

    static Long durationMillis(Build build) {
        if (build.startedAt() == null) {
            return null;
        }
        java.time.Instant end = build.finishedAt() != null ? build.finishedAt() : java.time.Instant.now();
        return end.toEpochMilli() - build.startedAt().toEpochMilli();
    }

    /**
     * The stage view: top-level stages in order, each with its parallel branches or nested stages
     * (stages whose parent it is).
     */
    static List<Map<String, Object>> stages(List<StageRun> runs) {
        return runs.stream().filter(s -> s.parent() == null).map(top -> {
            Map<String, Object> view = stage(top);
            view.put("children", runs.stream().filter(s -> top.name().equals(s.parent())).map(Views::stage).toList());
            return view;
        }).toList();
    }

    private static Map<String, Object> stage(StageRun run) {
        return map("name", run.name(), "status", run.status().name(),
                "statusClass", run.status().name().toLowerCase(Locale.ROOT),
                "duration", run.startedAt() == null ? "" : Formats.duration(run.durationMillis()));
    }
}
