package io.slipway.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidPipelinesCompileTest {

    static Stream<Path> validFiles() {
        return Stream.concat(TestFiles.in("/jenkinsfiles/valid").stream(),
                TestFiles.in("/jenkinsfiles/declarative").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void everyValidPipelineCompilesToAModelWithoutErrors(Path file) {
        CompileResult result = PipelineCompiler.standard().compile(file.getFileName().toString(), TestFiles.read(file));

        assertThat(result.errors()).as(() -> result.diagnostics().stream().map(Diagnostic::format)
                .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(result.pipeline()).isPresent();
    }
}
