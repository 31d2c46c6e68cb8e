package io.slipway.server.notify;

import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.notify.BuildSummarySource;
import io.slipway.agent.notify.Person;
import io.slipway.agent.notify.ScmChange;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.build.StageRun;
import io.slipway.server.build.StageStatus;
import io.slipway.server.run.RunningBuild;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link BuildSummarySource} of one running build. Changes and culprits are read once (the commits do
 * not change while the build runs); status, failed stage and log tail are read at each call.
 * Thread-safe.
 */
final class RunningBuildSummary implements BuildSummarySource {

    static final int TAIL_LINES = 40;
    private static final int TAIL_BYTES = 64 * 1024;
    /** Attached logs stay within what mail servers commonly accept. */
    static final int MAX_LOG_BYTES = 8 * 1024 * 1024;
    private static final String BY_USER = "Started by user ";

    private final RunningBuild running;
    private final NotifyConfig config;
    private final BuildHistory history;
    private final Path mirror;
    private volatile List<ScmChange> changes;
    private volatile List<Person> culprits;

    RunningBuildSummary(RunningBuild running, NotifyConfig config, BuildHistory history, Path mirror) {
        this.running = running;
        this.config = config;
        this.history = history;
        this.mirror = mirror;
    }

    @Override
    public BuildSummary current() {
        Build build = running.build();
        loadChanges();
        BuildStatus status = running.status().get();
        String url = config.url() == null ? null : config.url() + "/jobs/" + build.job() + "/builds/" + build.number();
        return new BuildSummary(build.job(), build.number(), status.name(), build.cause(), build.parameters(),
                changes, culprits, failedStage(running.stages().get()).orElse(null), tail(), url, requestor(build.cause()));
    }

    /** The log so far; past {@link #MAX_LOG_BYTES} only its end, after a line saying how much is left out. */
    @Override
    public String fullLog() {
        try {
            LogEnd end = readEnd(MAX_LOG_BYTES);
            return end.skipped() == 0 ? end.text()
                    : "(the first " + end.skipped() + " bytes of the log are left out)\n" + end.text();
        } catch (IOException e) {
            return "(the build log could not be read: " + e.getMessage() + ")";
        }
    }

    /** The last bytes of the log as text (malformed UTF-8 replaced) and how many bytes came before them. */
    private record LogEnd(long skipped, String text) {
    }

    private LogEnd readEnd(long maxBytes) throws IOException {
        Path file = running.logFile();
        if (!Files.exists(file)) {
            return new LogEnd(0, "");
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long from = Math.max(0, length - maxBytes);
            byte[] bytes = new byte[(int) (length - from)];
            in.seek(from);
            in.readFully(bytes);
            return new LogEnd(from, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private synchronized void loadChanges() {
        if (changes != null) {
            return;
        }
        Build build = running.build();
        String previousCommit = running.previous().map(Build::commit).orElse(null);
        // Jenkins shows no changes for a job's first build; so do we.
        changes = previousCommit == null ? List.of() : ScmChanges.between(mirror, previousCommit, build.commit());
        Optional<Build> lastSuccess = history.newestFirst(build.job(), 500).stream()
                .filter(b -> b.number() < build.number() && b.status() == BuildStatus.SUCCESS && b.commit() != null)
                .findFirst();
        List<ScmChange> sinceSuccess = lastSuccess.map(b -> ScmChanges.between(mirror, b.commit(), build.commit()))
                .orElseGet(() -> ScmChanges.between(mirror, null, build.commit()));
        Map<String, Person> people = new LinkedHashMap<>();
        for (ScmChange change : sinceSuccess) {
            Person p = change.committer();
            people.putIfAbsent(p.hasEmail() ? p.email().toLowerCase(Locale.ROOT) : p.name(), p);
        }
        culprits = List.copyOf(people.values());
    }

    /** The first stage that failed, innermost name as Jenkins shows it. */
    static Optional<String> failedStage(List<StageRun> stages) {
        return stages.stream().filter(s -> s.status() == StageStatus.FAILURE).map(StageRun::name).findFirst();
    }

    private Person requestor(String cause) {
        if (!cause.startsWith(BY_USER)) {
            return null;
        }
        String user = cause.substring(BY_USER.length()).strip();
        String email = config.users().get(user);
        if (email == null && user.contains("@")) {
            email = user;
        }
        return new Person(user, email);
    }

    private List<String> tail() {
        try {
            LogEnd end = readEnd(TAIL_BYTES);
            List<String> lines = new ArrayList<>(end.text().lines().toList());
            if (end.skipped() > 0 && !lines.isEmpty()) {
                lines.remove(0); // a partial first line
            }
            return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        } catch (IOException e) {
            return List.of("(the build log could not be read: " + e.getMessage() + ")");
        }
    }
}
