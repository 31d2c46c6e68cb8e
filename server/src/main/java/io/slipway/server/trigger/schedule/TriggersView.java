package io.slipway.server.trigger.schedule;

import java.time.Instant;
import java.util.List;

/**
 * A job's effective triggers as the API shows them ({@code GET /api/jobs/{name}} under {@code triggers},
 * and {@code GET /api/jobs/{name}/triggers}); each part is null when no origin asks for it.
 */
public record TriggersView(Timed cron, Timed pollSCM, Upstream upstream) {

    /** A timed trigger: its spec, where it comes from ({@code settings} or {@code pipeline}) and its next fires. */
    public record Timed(String spec, String origin, List<Instant> nextFireTimes) {
    }

    /** An upstream trigger: the projects as written, the threshold's name, and its origin. */
    public record Upstream(String upstreamProjects, String threshold, String origin) {
    }
}
