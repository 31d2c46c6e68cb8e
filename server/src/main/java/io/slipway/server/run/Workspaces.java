package io.slipway.server.run;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-job workspaces under {@code workspace/} in the data folder, reused build after build as in
 * Jenkins: {@code <job>} when free, else {@code <job>@2}, {@code <job>@3}, ... while concurrent
 * builds of the job hold the others. Thread-safe.
 */
final class Workspaces {

    private final Path root;
    private final Set<String> inUse = ConcurrentHashMap.newKeySet();

    Workspaces(Path dataDir) {
        this.root = dataDir.resolve("workspace");
    }

    Path acquire(String job) {
        for (int n = 1; ; n++) {
            String name = n == 1 ? job : job + "@" + n;
            if (inUse.add(name)) {
                return root.resolve(name);
            }
        }
    }

    void release(Path workspace) {
        inUse.remove(workspace.getFileName().toString());
    }
}
