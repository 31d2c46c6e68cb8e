package io.slipway.server.run;

import io.slipway.server.build.BuildStatus;
import io.slipway.server.build.StageStatus;
import java.util.concurrent.atomic.AtomicReference;

/** The result of one running stage, which only gets worse. Thread-safe. */
final class StageScope {

    private final String name;
    private final AtomicReference<BuildStatus> result = new AtomicReference<>(BuildStatus.SUCCESS);

    StageScope(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void worsen(BuildStatus status) {
        result.accumulateAndGet(status, BuildStatus::worst);
    }

    BuildStatus result() {
        return result.get();
    }

    StageStatus stageStatus() {
        return StageStatus.valueOf(result.get().name());
    }
}
