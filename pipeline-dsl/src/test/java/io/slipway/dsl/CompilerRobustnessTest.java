package io.slipway.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken variants of every valid pipeline (one line removed, one line doubled) must give diagnostics, never
 * an exception, and a model only when there is no error: the model builder must not fail on anything the
 * validator let through.
 */
class CompilerRobustnessTest {

    static Stream<Path> validFiles() {
        return ValidPipelinesCompileTest.validFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void everyOneLineMutationCompilesWithoutAnExceptionAndAModelOnlyWhenValid(Path file) {
        List<String> lines = Arrays.asList(TestFiles.read(file).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            for (String variant : List.of(without(lines, i), doubled(lines, i))) {
                assertThatCode(() -> {
                    CompileResult result = PipelineCompiler.standard().compile("Jenkinsfile", variant);
                    assertThat(result.pipeline().isPresent()).isEqualTo(result.isValid());
                }).as("%s with line %d removed or doubled", file.getFileName(), i + 1).doesNotThrowAnyException();
            }
        }
    }

    private static String without(List<String> lines, int index) {
        List<String> copy = new ArrayList<>(lines);
        copy.remove(index);
        return String.join("\n", copy);
    }

    private static String doubled(List<String> lines, int index) {
        List<String> copy = new ArrayList<>(lines);
        copy.add(index, lines.get(index));
        return String.join("\n", copy);
    }
}
