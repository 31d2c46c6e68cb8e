package io.slipway.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.model.AgentSpec;
import io.slipway.dsl.model.BuildResult;
import io.slipway.dsl.model.Comparator;
import io.slipway.dsl.model.Condition;
import io.slipway.dsl.model.Matrix;
import io.slipway.dsl.model.Options;
import io.slipway.dsl.model.ParameterDefinition;
import io.slipway.dsl.model.Pipeline;
import io.slipway.dsl.model.PostBlock;
import io.slipway.dsl.model.PostCondition;
import io.slipway.dsl.model.Stage;
import io.slipway.dsl.model.StageBody;
import io.slipway.dsl.model.Step;
import io.slipway.dsl.model.TimeUnitName;
import io.slipway.dsl.model.Trigger;
import io.slipway.dsl.model.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Spot checks of the model built from the syntax reference examples under {@code jenkinsfiles/declarative}. */
class CompiledModelTest {

    private static Pipeline compile(String name) {
        CompileResult result = PipelineCompiler.standard().compile(name,
                TestFiles.resource("/jenkinsfiles/declarative/" + name));
        assertThat(result.errors()).isEmpty();
        return result.pipeline().orElseThrow();
    }

    private static Stage stage(Pipeline p, String name) {
        return p.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Value literal(String text) {
        return Value.literal(text);
    }

    @Test
    void everyAgentFormBecomesItsTypedSpec() {
        Pipeline p = compile("agent-forms.jenkinsfile");

        assertThat(p.agent()).isInstanceOf(AgentSpec.None.class);
        assertThat(stage(p, "Any").agent()).get().isInstanceOf(AgentSpec.Any.class);
        assertThat(stage(p, "Label").agent()).get().isEqualTo(
                new AgentSpec.Label(literal("linux && docker"), stage(p, "Label").agent().get().pos()));
        AgentSpec.Node labelBlock = (AgentSpec.Node) stage(p, "Label block").agent().orElseThrow();
        assertThat(labelBlock.customWorkspace()).contains(literal("/some/path"));
        AgentSpec.Node node = (AgentSpec.Node) stage(p, "Node").agent().orElseThrow();
        assertThat(node.label()).isEqualTo(literal("my-defined-label"));
        AgentSpec.Docker shortDocker = (AgentSpec.Docker) stage(p, "Docker short").agent().orElseThrow();
        assertThat(shortDocker.image()).isEqualTo(literal("maven:3.9.0-eclipse-temurin-11"));
        AgentSpec.Docker docker = (AgentSpec.Docker) stage(p, "Docker").agent().orElseThrow();
        assertThat(docker.args()).contains(literal("-v /tmp:/tmp"));
        assertThat(docker.registryCredentialsId()).contains(literal("myPredefinedCredentialsInJenkins"));
        assertThat(docker.alwaysPull()).isTrue();
        assertThat(docker.reuseNode()).isTrue();
        AgentSpec.Dockerfile plain = (AgentSpec.Dockerfile) stage(p, "Dockerfile").agent().orElseThrow();
        assertThat(plain.filename()).isEqualTo("Dockerfile");
        AgentSpec.Dockerfile block = (AgentSpec.Dockerfile) stage(p, "Dockerfile block").agent().orElseThrow();
        assertThat(block.filename()).isEqualTo("Dockerfile.build");
        assertThat(block.dir()).contains(literal("build"));
        assertThat(block.additionalBuildArgs()).contains(literal("--build-arg version=1.0.2"));
        AgentSpec.Kubernetes pod = (AgentSpec.Kubernetes) stage(p, "Kubernetes").agent().orElseThrow();
        assertThat(pod.defaultContainer()).contains(literal("maven"));
        assertThat(((Value.Literal) pod.yaml().orElseThrow()).text()).contains("kind: Pod", "image: maven:3.9.3");
        AgentSpec.Kubernetes file = (AgentSpec.Kubernetes) stage(p, "Kubernetes file").agent().orElseThrow();
        assertThat(file.yamlFile()).contains(literal("KubernetesPod.yaml"));
        assertThat(file.other()).containsOnlyKeys("retries");
    }

    @Test
    void parametersAreTypedAndChoicesBecomeListsWhateverTheirForm() {
        List<ParameterDefinition> params = compile("parameters-all.jenkinsfile").parameters();

        assertThat(params).extracting(ParameterDefinition::name)
                .containsExactly("PERSON", "BIOGRAPHY", "TOGGLE", "CHOICE", "ENV", "PASSWORD", "TRIMMED");
        assertThat(params.get(0)).isInstanceOf(ParameterDefinition.StringParam.class);
        assertThat(((ParameterDefinition.StringParam) params.get(0)).defaultValue()).isEqualTo(literal("Mr Jenkins"));
        assertThat(params.get(1)).isInstanceOf(ParameterDefinition.TextParam.class);
        assertThat(((ParameterDefinition.BooleanParam) params.get(2)).defaultValue()).isTrue();
        assertThat(((ParameterDefinition.ChoiceParam) params.get(3)).choices()).containsExactly("One", "Two", "Three");
        assertThat(((ParameterDefinition.ChoiceParam) params.get(4)).choices()).containsExactly("dev", "staging", "prod");
        assertThat(params.get(5)).isInstanceOf(ParameterDefinition.PasswordParam.class);
        assertThat(((ParameterDefinition.StringParam) params.get(6)).trim()).isTrue();
    }

    @Test
    void triggersKeepTheirSpecsAndUpstreamItsProjectsAndThreshold() {
        List<Trigger> triggers = compile("triggers-all.jenkinsfile").triggers();

        assertThat(((Trigger.Cron) triggers.get(0)).spec()).isEqualTo(literal("H */4 * * 1-5"));
        assertThat(((Trigger.PollScm) triggers.get(1)).spec()).isEqualTo(literal("H/15 * * * *"));
        Trigger.Upstream upstream = (Trigger.Upstream) triggers.get(2);
        assertThat(upstream.projects()).containsExactly("job1", "job2");
        assertThat(upstream.threshold()).isEqualTo(BuildResult.SUCCESS);
    }

    @Test
    void knownOptionsAreTypedAndOthersKeptByName() {
        Pipeline p = compile("options-all.jenkinsfile");
        Options o = p.options();

        assertThat(o.timeout()).contains(new Options.Timeout(1, TimeUnitName.HOURS, false));
        assertThat(o.timeout().orElseThrow().duration()).isEqualTo(Duration.ofHours(1));
        assertThat(o.retry()).contains(3);
        assertThat(o.disableConcurrentBuilds()).contains(new Options.ConcurrentBuilds(true));
        assertThat(o.buildDiscarder()).contains(new Options.LogRotator(Optional.of(10), Optional.empty(),
                Optional.of(5), Optional.empty()));
        assertThat(o.timestamps()).isTrue();
        assertThat(o.skipDefaultCheckout()).isTrue();
        assertThat(o.quietPeriodSeconds()).contains(30);
        assertThat(o.skipStagesAfterUnstable()).isTrue();
        assertThat(o.checkoutToSubdirectory()).contains("foo");
        assertThat(o.preserveStashes()).contains(5);
        assertThat(o.parallelsAlwaysFailFast()).isTrue();
        assertThat(o.disableResume()).isTrue();
        assertThat(o.newContainerPerStage()).isTrue();
        assertThat(o.others()).containsOnlyKeys("ansiColor", "durabilityHint", "overrideIndexTriggers");
        assertThat(o.others().get("ansiColor").args()).singleElement()
                .isInstanceOfSatisfying(ConstantExpr.class, c -> assertThat(c.value()).isEqualTo("xterm"));
        Options stageOptions = stage(p, "Example").options();
        assertThat(stageOptions.timeout()).contains(new Options.Timeout(5, TimeUnitName.MINUTES, false));
        assertThat(stageOptions.retry()).contains(2);
    }

    @Test
    void postBlocksRunInJenkinsCodeOrderWhateverTheWrittenOrder() {
        Pipeline p = compile("post-everywhere.jenkinsfile");

        assertThat(p.post().blocks()).extracting(PostBlock::condition).containsExactly(
                PostCondition.ALWAYS, PostCondition.CHANGED, PostCondition.FIXED, PostCondition.REGRESSION,
                PostCondition.ABORTED, PostCondition.SUCCESS, PostCondition.UNSUCCESSFUL, PostCondition.UNSTABLE,
                PostCondition.FAILURE, PostCondition.NOT_BUILT, PostCondition.CLEANUP);
        assertThat(stage(p, "Build").post().blocks()).extracting(PostBlock::condition)
                .containsExactly(PostCondition.ALWAYS, PostCondition.FAILURE);
    }

    @Test
    void aMatrixKeepsAxesAndComputesItsCellsWithoutTheExcludedOnes() {
        Stage stage = stage(compile("matrix-excludes.jenkinsfile"), "BuildAndTest");
        Matrix matrix = ((StageBody.MatrixBody) stage.body()).matrix();

        assertThat(matrix.axes()).extracting(Matrix.Axis::name).containsExactly("PLATFORM", "BROWSER");
        assertThat(matrix.excludes()).hasSize(2);
        assertThat(matrix.cells()).hasSize(12 - 3)
                .doesNotContain(Map.of("PLATFORM", "linux", "BROWSER", "safari"),
                        Map.of("PLATFORM", "linux", "BROWSER", "edge"), Map.of("PLATFORM", "mac", "BROWSER", "edge"))
                .contains(Map.of("PLATFORM", "windows", "BROWSER", "edge"));
        assertThat(matrix.stages()).extracting(Stage::name).containsExactly("Build", "Test");
        assertThat(matrix.agent()).get().isInstanceOf(AgentSpec.Label.class);
        assertThat(matrix.when().orElseThrow().conditions()).singleElement().isInstanceOf(Condition.AnyOf.class);
    }

    @Test
    void parallelStagesKeepFailFastAndNestedSequentialStages() {
        Stage parallel = stage(compile("parallel-failfast.jenkinsfile"), "Parallel Stage");

        assertThat(parallel.failFast()).isTrue();
        List<Stage> branches = ((StageBody.ParallelBody) parallel.body()).stages();
        assertThat(branches).extracting(Stage::name).containsExactly("Branch A", "Branch B", "Branch C");
        assertThat(((StageBody.SequentialBody) branches.get(2).body()).stages()).extracting(Stage::name)
                .containsExactly("Nested 1", "Nested 2");
    }

    @Test
    void whenConditionsAndTheirFlagsAreTyped() {
        Pipeline p = compile("when-all.jenkinsfile");

        assertThat(stage(p, "Branch regexp").when().orElseThrow().conditions()).singleElement()
                .isInstanceOfSatisfying(Condition.Branch.class, b -> {
                    assertThat(b.pattern()).isEqualTo("release-\\d+");
                    assertThat(b.comparator()).isEqualTo(Comparator.REGEXP);
                });
        assertThat(stage(p, "Triggered by user").when().orElseThrow().conditions()).singleElement()
                .isEqualTo(new Condition.TriggeredBy("UserIdCause", Optional.of("vlinde"),
                        stage(p, "Triggered by user").when().get().conditions().get(0).pos()));
        assertThat(stage(p, "Not").when().orElseThrow().conditions().get(0)).isInstanceOf(Condition.Not.class);
        assertThat(stage(p, "Expression").when().orElseThrow().conditions().get(0))
                .isInstanceOf(Condition.Expression.class);
        assertThat(stage(p, "Before agent").when().orElseThrow().beforeAgent()).isTrue();
        assertThat(stage(p, "Before input").when().orElseThrow().beforeInput()).isTrue();
        assertThat(stage(p, "Before options").when().orElseThrow().beforeOptions()).isTrue();
        assertThat(stage(p, "Before options").options().others()).containsOnlyKeys("lock");
        assertThat(stage(p, "Changeset glob").when().orElseThrow().conditions().get(0))
                .isInstanceOfSatisfying(Condition.Changeset.class, c -> assertThat(c.caseSensitive()).isTrue());
    }

    @Test
    void anInputKeepsItsMessageSubmitterAndParameters() {
        var input = stage(compile("input-stage.jenkinsfile"), "Example").input().orElseThrow();

        assertThat(input.message()).isEqualTo(literal("Should we continue?"));
        assertThat(input.ok()).contains("Yes, we should.");
        assertThat(input.submitter()).contains("alice,bob");
        assertThat(input.submitterParameter()).contains("APPROVER");
        assertThat(input.id()).contains("deploy-gate");
        assertThat(input.parameters()).extracting(ParameterDefinition::name).containsExactly("PERSON", "TARGET");
    }

    @Test
    void environmentValuesAreLiteralsExpressionsOrCredentialReferences() {
        Pipeline p = compile("steps-and-scripts.jenkinsfile");

        assertThat(p.environment()).extracting(e -> e.name() + "=" + e.value().getClass().getSimpleName())
                .containsExactly("CC=Literal", "AWS_ACCESS_KEY_ID=Credential", "SERVICE_CREDS=Credential",
                        "GREETING=Expression", "JOINED=Expression");
        assertThat(p.environment().get(1).value()).isEqualTo(new Value.Credential("jenkins-aws-secret-key-id"));
        assertThat(p.tools()).extracting(t -> t.type()).containsExactly("maven", "jdk");
        assertThat(p.libraries()).extracting(l -> l.spec()).containsExactly("other-lib@main");
    }

    @Test
    void stepsKeepTheirArgumentsBlocksAndScripts() {
        Stage build = stage(compile("steps-and-scripts.jenkinsfile"), "Build");
        List<Step> steps = ((StageBody.StepsBody) build.body()).steps();

        Step.StepCall sh = (Step.StepCall) steps.get(2);
        assertThat(sh.name()).isEqualTo("sh");
        assertThat(sh.arg("returnStatus")).get().isInstanceOfSatisfying(ConstantExpr.class,
                c -> assertThat(c.value()).isEqualTo(true));
        Step.StepCall dir = (Step.StepCall) steps.get(5);
        assertThat(dir.name()).isEqualTo("dir");
        assertThat(dir.body().orElseThrow()).singleElement()
                .isInstanceOfSatisfying(Step.StepCall.class, s -> assertThat(s.name()).isEqualTo("sh"));
        assertThat(steps).filteredOn(s -> s instanceof Step.ScriptBlock).singleElement()
                .isInstanceOfSatisfying(Step.ScriptBlock.class, s -> assertThat(s.body()).hasSizeGreaterThan(3));
        assertThat(build.environment()).extracting(e -> e.name()).containsExactly("DEBUG_FLAGS");
    }
}
