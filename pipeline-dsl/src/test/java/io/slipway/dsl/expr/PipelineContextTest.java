package io.slipway.dsl.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code params}, {@code env}, {@code currentBuild} and steps, as script blocks and {@code when} expressions use them. */
class PipelineContextTest {

    private final Harness h = new Harness();

    @Test
    void whenExpressionReadsParamsEnvAndFallsBackToEnvironmentForBareNames() {
        h.params.put("DEPLOY", true);
        h.params.put("TARGET", "prod");
        h.env.put("BRANCH_NAME", "main");
        assertThat(h.interpreter.evaluateCondition(Scripts.body(
                "return params.DEPLOY && env.BRANCH_NAME == 'main' && BRANCH_NAME ==~ /ma.n/"), h.ctx)).isTrue();
        assertThat(h.interpreter.evaluateCondition(Scripts.expr("params.TARGET != 'prod'"), h.ctx)).isFalse();
        assertThat(h.interpreter.evaluateCondition(Scripts.body("params.TARGET.startsWith('pr')"), h.ctx)).isTrue();
    }

    @Test
    void whenExpressionBodyCountsByGroovyTruthOfItsLastValue() {
        h.env.put("CHANGES", "");
        assertThat(h.interpreter.evaluateCondition(Scripts.body("def c = env.CHANGES\nc"), h.ctx)).isFalse();
        assertThat(h.interpreter.evaluateCondition(Scripts.body("if (true) { return 'x' }\nreturn null"), h.ctx)).isTrue();
        assertThat(h.interpreter.evaluateCondition(Scripts.body("env.UNSET_VAR"), h.ctx)).isFalse();
    }

    @Test
    void envAssignmentWritesTheCallersEnvironmentAsStrings() {
        h.run("env.VERSION = '1.' + 2\nenv['COUNT'] = 3\nenv.GONE = 'x'\nenv.GONE = null");
        assertThat(h.env).containsEntry("VERSION", "1.2").containsEntry("COUNT", "3").doesNotContainKey("GONE");
        assertThat(h.eval("\"v${env.VERSION}\"")).isEqualTo("v1.2");
        assertThat(h.eval("env.getEnvironment().VERSION")).isEqualTo("1.2");
    }

    @Test
    void unknownBareNameIsAnErrorNamingIt() {
        assertThatThrownBy(() -> h.eval("NO_SUCH_THING.trim()"))
                .isInstanceOf(EvalException.class)
                .hasMessageContaining("No such property: NO_SUCH_THING");
    }

    @Test
    void currentBuildRollbackTellsWhetherTheBuildRestoresAnEarlierDeployment() {
        assertThat(h.interpreter.evaluateCondition(Scripts.expr("!currentBuild.rollback"), h.ctx)).isTrue();
        h.build.rollback = true;
        assertThat(h.interpreter.evaluateCondition(Scripts.expr("currentBuild.rollback"), h.ctx)).isTrue();
        assertThat(h.eval("currentBuild.getRollback()")).isEqualTo(true);
        assertThatThrownBy(() -> h.run("currentBuild.rollback = false"))
                .isInstanceOf(EvalException.class).hasMessageContaining("rollback");
    }

    @Test
    void currentBuildReadsAndSetsResultDescriptionAndDisplayName() {
        h.run("""
                currentBuild.result = 'UNSTABLE'
                currentBuild.description = "built #${currentBuild.number}"
                currentBuild.displayName = 'release'
                """);
        assertThat(h.build.result).isEqualTo("UNSTABLE");
        assertThat(h.build.description).isEqualTo("built #7");
        assertThat(h.build.displayName()).isEqualTo("release");
        assertThat(h.eval("currentBuild.previousBuild?.result")).isEqualTo("FAILURE");
        assertThat(h.eval("currentBuild.previousBuild.previousBuild?.result")).isNull();
        assertThat(h.eval("currentBuild.currentResult")).isEqualTo("UNSTABLE");
        assertThat(h.eval("currentBuild.resultIsWorseOrEqualTo('UNSTABLE')")).isEqualTo(true);
        assertThat(h.eval("currentBuild.getPreviousBuild().number")).isEqualTo(6);
    }

    @Test
    void buildCausesCanBeFilteredByClassName() {
        h.build.causes = List.of(Map.of("_class", "hudson.model.Cause$UserIdCause", "userId", "ann"),
                Map.of("_class", "hudson.triggers.TimerTrigger$TimerTriggerCause"));
        assertThat(h.eval("currentBuild.getBuildCauses('hudson.model.Cause$UserIdCause').size()")).isEqualTo(1);
        assertThat(h.eval("currentBuild.buildCauses*.userId")).isEqualTo(java.util.Arrays.asList("ann", null));
    }

    @Test
    void stepsReceiveEvaluatedPositionalAndNamedArgumentsAndBodies() {
        h.params.put("NAME", "bob");
        h.steps.shOutput.put("git rev-parse HEAD", "abc123\n");
        Object r = h.run("""
                echo "hello ${params.NAME}"
                def sha = sh(script: 'git rev-parse HEAD', returnStdout: true).trim()
                dir('sub') {
                    echo "in ${sha.take(3)}"
                }
                sha
                """);
        assertThat(r).isEqualTo("abc123");
        assertThat(h.steps.calls).containsExactly(
                "echo hello bob",
                "sh script:git rev-parse HEAD returnStdout:true",
                "dir sub",
                "echo in abc");
    }

    @Test
    void closuresPassedToStepsAreValuesTheStepCanCall() {
        StepInvoker parallel = call -> {
            call.named().values().forEach(v -> ((ClosureValue) v).call());
            return null;
        };
        RecordingSteps recorder = h.steps;
        EvalContext ctx = EvalContext.of(h.params, h.env, h.build,
                call -> call.name().equals("parallel") ? parallel.invoke(call) : recorder.invoke(call));
        h.interpreter.run(Scripts.body("parallel a: { echo 'A' }, b: { echo 'B' }"), ctx);
        assertThat(recorder.calls).containsExactly("echo A", "echo B");
    }

    @Test
    void stepResultsAreOrdinaryValues() {
        StepInvoker readJson = call -> Map.of("version", "2.0", "modules", List.of("a", "b"));
        EvalContext ctx = EvalContext.of(h.params, h.env, h.build, readJson);
        assertThat(h.interpreter.evaluate(Scripts.expr("readJSON(text: '{}').modules.size()"), ctx)).isEqualTo(2);
    }

    @Test
    void callerGlobalsAnswerPropertiesAndMethods() {
        ScriptObject scm = new ScriptObject() {
            @Override
            public String typeName() {
                return "scm";
            }

            @Override
            public Object getProperty(String name) {
                return name.equals("branches") ? List.of(Map.of("name", "*/main")) : null;
            }

            @Override
            public Object invokeMethod(String name, List<Object> args) {
                return "checked out";
            }
        };
        EvalContext ctx = new EvalContext() {
            public Map<String, Object> params() {
                return h.params;
            }

            public Map<String, String> env() {
                return h.env;
            }

            public CurrentBuildView currentBuild() {
                return h.build;
            }

            public StepInvoker steps() {
                return h.steps;
            }

            @Override
            public java.util.Optional<Object> global(String name) {
                return name.equals("scm") ? java.util.Optional.of(scm) : java.util.Optional.empty();
            }
        };
        assertThat(h.interpreter.evaluate(Scripts.expr("scm.branches[0].name"), ctx)).isEqualTo("*/main");
        assertThat(h.interpreter.evaluate(Scripts.expr("scm.doCheckout()"), ctx)).isEqualTo("checked out");
    }

    @Test
    void interpolateRendersValuesAsGroovyDoes() {
        h.env.put("JOB", "app");
        var gstring = (io.slipway.dsl.ast.GStringExpr) Scripts.expr("\"${JOB}: ${[a: 1]} ${7 / 2} $JOB\"");
        assertThat(h.interpreter.interpolate(gstring, h.ctx)).isEqualTo("app: [a:1] 3.5 app");
    }
}
