package io.slipway.dsl.parse;

import io.slipway.dsl.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.Stmt;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidJenkinsfilesTest {

    static List<Path> validFiles() {
        return TestFiles.in("/jenkinsfiles/valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void validJenkinsfileParsesWithoutDiagnosticsIntoOnePipelineCall(Path file) {
        ParseResult result = GroovyParser.parse(file.getFileName().toString(), TestFiles.read(file));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
        List<MethodCallExpr> pipelines = result.ast().statements().stream()
                .filter(ExprStmt.class::isInstance)
                .map(s -> ((ExprStmt) s).expr())
                .filter(e -> e instanceof MethodCallExpr call && call.name().equals("pipeline"))
                .map(MethodCallExpr.class::cast)
                .toList();
        assertThat(pipelines).hasSize(1);
        assertThat(pipelines.get(0).closure()).isPresent();
        assertThat(pipelines.get(0).closure().get().body()).extracting(Stmt::getClass).containsOnly(ExprStmt.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void noTruncationOfAValidFileMakesTheParserThrow(Path file) {
        String text = TestFiles.read(file);
        int step = Math.max(1, text.length() / 400);
        for (int end = 0; end <= text.length(); end += step) {
            ParseResult result = GroovyParser.parse("truncated", text.substring(0, end));
            assertThat(result.ast()).isNotNull();
            assertThat(result.diagnostics()).noneMatch(d -> d.message().equals(ParseMessages.tooComplex()));
            String prefix = text.substring(0, end);
            if (prefix.chars().filter(c -> c == '{').count() > prefix.chars().filter(c -> c == '}').count()) {
                assertThat(result.hasErrors()).as("truncated at %d: %s", end, result.ast()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void garbledCopiesOfAValidFileAreReportedNotThrown(Path file) {
        String text = TestFiles.read(file);
        java.util.Random random = new java.util.Random(file.getFileName().toString().hashCode());
        String noise = "{}()[]'\"/$\\*:;,.?!-=<>\n@#`";
        for (int round = 0; round < 200; round++) {
            StringBuilder garbled = new StringBuilder(text);
            for (int edits = 0; edits < 1 + random.nextInt(4); edits++) {
                int at = random.nextInt(garbled.length() + 1);
                if (random.nextBoolean() && at < garbled.length()) {
                    garbled.deleteCharAt(at);
                } else {
                    garbled.insert(at, noise.charAt(random.nextInt(noise.length())));
                }
            }
            ParseResult result = GroovyParser.parse("garbled", garbled.toString());
            assertThat(result.ast()).isNotNull();
            assertThat(result.diagnostics()).as("internal failure on %s", garbled)
                    .noneMatch(d -> d.message().equals(ParseMessages.tooComplex()));
        }
    }
}
