package io.slipway.dsl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.parse.GroovyParser;
import io.slipway.dsl.parse.ParseResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole Jenkinsfile read by the real parser: its {@code when { expression { } }} bodies and
 * {@code script { }} blocks pass the checker and run in one interpreter, sharing script variables and
 * the Jenkinsfile's own methods, as they do in one Jenkins build.
 */
class JenkinsfileScriptsTest {

    private static final String JENKINSFILE = """
            def imageTag(String branch, int build) {
                def safe = branch.replaceAll(/[^A-Za-z0-9.-]/, '-').toLowerCase()
                return "${safe}-${build}"
            }

            pipeline {
                agent any
                parameters {
                    booleanParam(name: 'DEPLOY', defaultValue: false)
                    choice(name: 'TARGETS', choices: ['staging', 'prod'])
                }
                stages {
                    stage('Version') {
                        steps {
                            script {
                                def sha = sh(script: 'git rev-parse HEAD', returnStdout: true).trim()
                                tag = imageTag(env.BRANCH_NAME, currentBuild.number)
                                env.IMAGE = "registry.local/app:${tag}"
                                currentBuild.displayName = "#${currentBuild.number} ${sha.take(7)}"
                            }
                        }
                    }
                    stage('Deploy') {
                        when {
                            expression { return params.DEPLOY && env.BRANCH_NAME ==~ /release\\/.*/ }
                        }
                        steps {
                            script {
                                def targets = params.TARGETS.tokenize(',')
                                def results = [:]
                                for (t in targets) {
                                    try {
                                        sh "deploy ${env.IMAGE} ${t}"
                                        results[t] = 'ok'
                                    } catch (err) {
                                        results[t] = err.message
                                        currentBuild.result = 'UNSTABLE'
                                    }
                                }
                                echo results.collect { k, v -> "${k}=${v}" }.join(', ')
                            }
                        }
                    }
                }
            }
            """;

    @Test
    void scriptBlocksAndWhenExpressionsOfAJenkinsfileRunInOneBuild() {
        ParseResult parsed = GroovyParser.parse("Jenkinsfile", JENKINSFILE);
        assertThat(parsed.diagnostics()).isEmpty();
        List<MethodCallExpr> blocks = new ArrayList<>();
        collect(parsed.ast().statements(), blocks);
        assertThat(blocks).extracting(MethodCallExpr::name).containsExactly("script", "expression", "script");

        ExpressionChecker checker = new ExpressionChecker();
        blocks.forEach(b -> assertThat(checker.check(body(b))).as("diagnostics at %s", b.pos()).isEmpty());

        Harness h = new Harness();
        h.params.put("DEPLOY", true);
        h.params.put("TARGETS", "staging,prod");
        h.env.put("BRANCH_NAME", "release/2.0");
        h.steps.shOutput.put("git rev-parse HEAD", "0123456789abcdef\n");
        h.steps.shOutput.put("deploy registry.local/app:release-2.0-7 staging", "");
        h.interpreter.defineMethods(parsed.ast().statements());

        h.interpreter.run(body(blocks.get(0)), h.ctx);
        assertThat(h.env).containsEntry("IMAGE", "registry.local/app:release-2.0-7");
        assertThat(h.build.displayName()).isEqualTo("#7 0123456");

        assertThat(h.interpreter.evaluateCondition(body(blocks.get(1)), h.ctx)).isTrue();

        h.interpreter.run(body(blocks.get(2)), h.ctx);
        assertThat(h.build.result).isEqualTo("UNSTABLE");
        assertThat(h.steps.calls).containsExactly(
                "sh script:git rev-parse HEAD returnStdout:true",
                "sh deploy registry.local/app:release-2.0-7 staging",
                "sh deploy registry.local/app:release-2.0-7 prod",
                "echo staging=ok, prod=script returned exit code 1");
        assertThat(h.run("tag")).isEqualTo("release-2.0-7");
    }

    private static List<Stmt> body(MethodCallExpr call) {
        return call.closure().map(ClosureExpr::body).orElseThrow();
    }

    /** The {@code script} and {@code expression} calls, in source order. */
    private static void collect(List<Stmt> statements, List<MethodCallExpr> out) {
        for (Stmt s : statements) {
            if (s instanceof ExprStmt e && e.expr() instanceof MethodCallExpr m && m.closure().isPresent()) {
                if (m.name().equals("script") || m.name().equals("expression")) {
                    out.add(m);
                } else {
                    collect(m.closure().get().body(), out);
                }
            }
        }
    }
}
