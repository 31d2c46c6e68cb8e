package io.slipway.server.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.agent.tests.TestReport;
import io.slipway.agent.tests.TestResultRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The test results of builds: each build's {@code junit} reports, added up, in {@code tests.json} in the
 * build's folder beside its log (so they live and go with it, a discarded build taking its results
 * along). A file is replaced whole by a rename, so a reader never sees half of it. Thread-safe.
 */
public final class BuildTests {

    private static final String FILE = "tests.json";

    private final BuildLogs logs;
    private final ObjectMapper json;

    public BuildTests(BuildLogs logs, ObjectMapper json) {
        this.logs = logs;
        this.json = json;
    }

    /** The recorder a running build's {@code junit} steps add their reports to. */
    public TestResultRecorder recorder(String job, int number) {
        Path file = logs.buildDir(job, number).resolve(FILE);
        return new TestResultRecorder() {
            @Override
            public synchronized TestReport record(TestReport report) {
                TestReport all = read(file).orElse(TestReport.EMPTY).plus(report);
                write(file, all);
                return all;
            }
        };
    }

    /** The build's recorded tests; empty when it recorded none. */
    public Optional<TestReport> find(String job, int number) {
        return read(logs.buildDir(job, number).resolve(FILE));
    }

    private Optional<TestReport> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), TestReport.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test results " + file, e);
        }
    }

    private void write(Path file, TestReport report) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE + ".tmp");
            json.writeValue(temp.toFile(), report);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write test results " + file, e);
        }
    }
}
