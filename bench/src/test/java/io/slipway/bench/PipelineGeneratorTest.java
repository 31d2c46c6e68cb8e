package io.slipway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.CompileResult;
import io.slipway.dsl.PipelineCompiler;
import io.slipway.dsl.parse.GroovyParser;
import io.slipway.dsl.parse.ParseResult;
import org.junit.jupiter.api.Test;

class PipelineGeneratorTest {

    @Test
    void generatedPipelineHasTheRequestedLengthAndParsesWithoutDiagnostics() {
        String text = PipelineGenerator.pipeline(2000);

        assertThat(text.lines().count()).isBetween(2000L, 2060L);
        ParseResult result = GroovyParser.parse("Jenkinsfile", text);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(text).contains("parallel {", "script {", "post {", "when {");
    }

    @Test
    void generatedPipelineIsAValidDeclarativePipeline() {
        CompileResult result = PipelineCompiler.standard().compile("Jenkinsfile", PipelineGenerator.pipeline(2000));

        assertThat(result.errors()).isEmpty();
        assertThat(result.pipeline()).isPresent();
    }

    @Test
    void sameLengthGivesTheSameText() {
        assertThat(PipelineGenerator.pipeline(500)).isEqualTo(PipelineGenerator.pipeline(500));
    }
}
