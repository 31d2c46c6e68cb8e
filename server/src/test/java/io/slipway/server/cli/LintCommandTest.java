package io.slipway.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    private static final String VALID = """
            pipeline {
                agent any
                stages {
                    stage('Build') {
                        steps {
                            sh 'make'
                        }
                    }
                }
            }
            """;

    private static final String INVALID = """
            pipeline {
                stages {
                    stage('Build') {
                        stepz {
                            sh 'make'
                        }
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private record Run(int exit, List<String> out, List<String> err) {
    }

    private static Run lint(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LintCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, lines(out), lines(err));
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    private String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path.toString();
    }

    @Test
    void aValidFileIsReportedValidAndExitsZero() throws IOException {
        String f = file("Jenkinsfile", VALID);

        Run run = lint(f);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsExactly(f + ": valid");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyErrorIsPrintedWithPlaceAndHintThenASummaryAndExitOne() throws IOException {
        String f = file("Jenkinsfile", INVALID);

        Run run = lint(f);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsExactly(
                f + ":1:1: error: missing required section 'agent'",
                "  hint: add 'agent any' or 'agent none' (when every stage has its own agent)",
                f + ":3:9: error: stage 'Build' has no steps, stages, parallel or matrix",
                f + ":4:13: error: unknown section 'stepz' in 'stage'",
                "  hint: did you mean 'steps'?",
                f + ": 3 errors");
    }

    @Test
    void oneInvalidFileAmongValidOnesMakesTheExitOneAndEachFileGetsASummary() throws IOException {
        String good = file("good.jenkinsfile", VALID);
        String bad = file("bad.jenkinsfile", INVALID);

        Run run = lint(good, bad);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(good + ": valid", bad + ": 3 errors");
    }

    @Test
    void aMalformedFileGetsDiagnosticsNotAStackTrace() throws IOException {
        String f = file("Jenkinsfile", "pipeline {\n  agent any\n  stages {\n    stage('x') {\n      steps { sh 'unterminated\n");

        Run run = lint(f);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).anyMatch(l -> l.startsWith(f + ":") && l.contains(": error: "));
        assertThat(String.join("\n", run.out()) + String.join("\n", run.err())).doesNotContain("Exception", "\tat ");
    }

    @Test
    void binaryGarbageIsReportedAsAnInvalidPipeline() throws IOException {
        Path path = dir.resolve("garbage");
        Files.write(path, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '{', '{', '"'});

        Run run = lint(path.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aMissingFileIsAUsageLevelFailureWithAClearMessage() {
        Run run = lint(dir.resolve("nope").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).containsExactly("lint: cannot read " + dir.resolve("nope") + ": no such file");
    }

    @Test
    void noArgumentsPrintsUsageAndExitsTwo() {
        Run run = lint();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().get(0)).isEqualTo("lint: no file given");
    }

    @Test
    void theRealCommandLineExitsOneAndPrintsNoStackTraceForAnInvalidFile() throws Exception {
        String f = file("Jenkinsfile", INVALID);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "io.slipway.server.Main", "lint", f).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).contains(f + ":4:13: error: unknown section 'stepz' in 'stage'", f + ": 3 errors")
                .doesNotContain("Exception");
    }

    @Test
    void warningsAloneLeaveAFileValid() throws IOException {
        String f = file("Jenkinsfile", VALID.replace("agent any", "agent any\n    options { someObscurePluginOption() }"));

        Run run = lint(f);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).last().isEqualTo(f + ": valid (1 warning)");
        assertThat(run.out().get(0)).contains(": warning: option 'someObscurePluginOption' is not known");
    }
}
