package io.slipway.dsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.CompileResult;
import io.slipway.dsl.PipelineCompiler;
import org.junit.jupiter.api.Test;

/** Jenkins' {@code retry(count: n, conditions: [agent()])} keeps its count and its conditions in the model. */
class RetryConditionsTest {

    private static Options options(String options) {
        CompileResult result = PipelineCompiler.standard().compile("Jenkinsfile", """
                pipeline {
                    agent { label 'linux' }
                    options { %s }
                    stages {
                        stage('A') {
                            steps {
                                echo 'a'
                            }
                        }
                    }
                }
                """.formatted(options));
        assertThat(result.errors()).isEmpty();
        return result.pipeline().orElseThrow().options();
    }

    @Test
    void retryOnAgentLossKeepsItsCountAndConditions() {
        Options o = options("retry(count: 2, conditions: [agent(), nonresumable()])");
        assertThat(o.retry()).contains(2);
        assertThat(o.retryConditions()).containsExactly("agent", "nonresumable");
    }

    @Test
    void aPlainRetryHasNoConditions() {
        Options o = options("retry(3)");
        assertThat(o.retry()).contains(3);
        assertThat(o.retryConditions()).isEmpty();
        assertThat(o.others()).doesNotContainKey("retry");
    }
}
