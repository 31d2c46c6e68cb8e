package io.slipway.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.validate.ValidationMessages;
import org.junit.jupiter.api.Test;

class AllErrorsAtOnceTest {

    private static final String MANY_MISTAKES = """
            pipeline {
                options {
                    timout(time: 5, unit: 'MINUTES')
                }
                parameters {
                    choice(name: 'ENV')
                }
                stages {
                    stage('Test') {
                        when { brnch 'main' }
                        steps { ech 'hi' }
                    }
                    stage('Test') {
                        environment { A = '1' }
                    }
                }
                post {
                    allways { echo 'x' }
                }
            }
            """;

    @Test
    void everyErrorOfAFileIsReportedInSourceOrder() {
        CompileResult result = PipelineCompiler.standard().compile("Jenkinsfile", MANY_MISTAKES);

        assertThat(result.pipeline()).isEmpty();
        assertThat(result.errors()).extracting(d -> d.pos().line() + ":" + d.pos().column() + " " + d.message())
                .containsExactly(
                        "1:1 " + ValidationMessages.missingSection("agent"),
                        "3:9 " + ValidationMessages.unknownOption("timout"),
                        "6:9 " + ValidationMessages.choiceWithoutChoices("ENV"),
                        "10:20 " + ValidationMessages.unknownWhen("brnch"),
                        "11:21 " + ValidationMessages.unknownStep("ech"),
                        "13:9 " + ValidationMessages.duplicateStage("Test", "9:9"),
                        "13:9 " + ValidationMessages.stageWithoutBody("Test"),
                        "18:9 " + ValidationMessages.unknownPostCondition("allways"));
    }

    @Test
    void hintsNameTheNearestKnownWord() {
        CompileResult result = PipelineCompiler.standard().compile("Jenkinsfile", MANY_MISTAKES);

        assertThat(result.errors()).filteredOn(d -> d.message().contains("timout"))
                .extracting(d -> d.hint().orElseThrow()).containsExactly("did you mean 'timeout'?");
        assertThat(result.errors()).filteredOn(d -> d.message().contains("ech"))
                .extracting(Diagnostic::format)
                .containsExactly("Jenkinsfile:11:21: error: unknown step 'ech'" + System.lineSeparator()
                        + "  hint: did you mean 'echo'?");
    }

    @Test
    void aSyntaxErrorIsReportedWithoutStructuralErrorsThatFollowFromIt() {
        CompileResult result = PipelineCompiler.standard().compile("Jenkinsfile", """
                pipeline {
                    agent any
                    stages {
                        stage('Build') {
                            steps {
                                sh 'unterminated
                            }
                        }
                    }
                }
                """);

        assertThat(result.pipeline()).isEmpty();
        assertThat(result.errors()).isNotEmpty().allSatisfy(d -> assertThat(d.message()).doesNotContain("section"));
    }
}
