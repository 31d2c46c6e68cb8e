package io.slipway.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.model.Pipeline;
import org.junit.jupiter.api.Test;

/** Slipway's {@code deployment('prod')} option and {@code currentBuild.rollback} in a {@code when}. */
class DeploymentOptionTest {

    private static CompileResult compile(String text) {
        return PipelineCompiler.standard().compile("Jenkinsfile", text);
    }

    @Test
    void theDeploymentOptionNamesTheEnvironmentAndRollbackCanGuardAStage() {
        CompileResult result = compile("""
                pipeline {
                    agent any
                    options { deployment('prod') }
                    stages {
                        stage('Test') {
                            when { not { expression { currentBuild.rollback } } }
                            steps { echo 'testing' }
                        }
                    }
                }
                """);
        assertThat(result.errors()).isEmpty();
        Pipeline pipeline = result.pipeline().orElseThrow();
        assertThat(pipeline.options().deployment()).contains("prod");
    }

    @Test
    void aPipelineWithoutTheOptionDeploysNowhereByItself() {
        CompileResult result = compile("""
                pipeline {
                    agent any
                    stages { stage('Build') { steps { echo 'hi' } } }
                }
                """);
        assertThat(result.pipeline().orElseThrow().options().deployment()).isEmpty();
    }
}
