package io.slipway.dsl.parse.declarative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every section the declarative readers accept in a pipeline, a stage, a matrix and an input is in docs/pipeline-syntax.md. */
class SectionsDocumentedTest {

    @Test
    void everySectionOfAPipelineAStageAMatrixAndAnInputIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "pipeline-syntax.md"));
        int pipeline = doc.indexOf("Sections of a pipeline:");
        int stage = doc.indexOf("A stage's sections:");
        int input = doc.indexOf("\nFields: `message`");
        int matrix = doc.indexOf("A matrix's sections:");
        assertThat(matrix).isNotNegative();
        MatrixReader.SECTIONS.forEach(s -> assertThat(paragraph(doc, matrix)).as("matrix section %s", s)
                .contains("`" + s + "`"));
        assertThat(pipeline).isNotNegative();
        assertThat(stage).isNotNegative();
        assertThat(input).isNotNegative();
        PipelineReader.SECTIONS.forEach(s -> assertThat(paragraph(doc, pipeline)).as("pipeline section %s", s)
                .contains("`" + s + "`"));
        PipelineReader.STAGE_ONLY.forEach(s -> assertThat(paragraph(doc, pipeline)).as("misplaced %s", s)
                .contains("`" + s + "`"));
        StageReader.SECTIONS.forEach(s -> assertThat(paragraph(doc, stage)).as("stage section %s", s)
                .contains("`" + s + "`"));
        InputReader.FIELDS.forEach(f -> assertThat(paragraph(doc, input)).as("input field %s", f)
                .contains("`" + f + "`"));
    }

    private static String paragraph(String doc, int from) {
        int end = doc.indexOf("\n\n", from + 2);
        return doc.substring(from, end < 0 ? doc.length() : end);
    }
}
