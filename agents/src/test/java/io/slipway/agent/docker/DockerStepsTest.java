package io.slipway.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import io.slipway.agent.release.TestBuild;
import io.slipway.agent.shell.ShStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dockerBuild and dockerPush with a real Docker engine and a real registry on 127.0.0.1:5000: images built
 * FROM scratch with the static busybox, pushed, and pulled back by digest.
 */
class DockerStepsTest {

    private static final String DOCKERFILE = """
            FROM scratch
            COPY busybox /bin/busybox
            ARG GREETING=unset
            RUN ["/bin/busybox", "sh", "-c", "echo $GREETING > /greeting"]
            CMD ["/bin/busybox", "cat", "/greeting"]
            """;

    private static final DockerEngines ENGINES = new DockerEngines();

    @TempDir
    Path dir;

    private final DockerBuildStep build = new DockerBuildStep(ENGINES);
    private final DockerPushStep push = new DockerPushStep(ENGINES);
    private final String repository = DockerEngineAvailable.REGISTRY + "/slipway-test-" + UUID.randomUUID().toString().substring(0, 8);
    private TestBuild run;

    @BeforeEach
    void engine() throws Exception {
        DockerEngineAvailable.require(ENGINES);
        run = new TestBuild(dir).with(DockerSettings.class, DockerSettings.local())
                .credential("registry", "usernamePassword", Map.of("username", "ci", "password", "s3cr3t-registry-pw"))
                .credential("token", "string", Map.of("secret", "x"));
        Path app = run.workspace().resolve("app");
        Files.createDirectories(app);
        Files.copy(Path.of("/bin/busybox"), app.resolve("busybox"));
        Files.writeString(app.resolve("Dockerfile"), DOCKERFILE);
    }

    @Test
    void anImageBuiltFromScratchIsPushedAndPulledBackByItsRecordedDigest() throws Exception {
        run.run(build, Map.of("image", repository + ":1", "context", "app", "buildArgs", Map.of("GREETING", "hello v1"),
                "tags", List.of("latest")));
        var result = run.run(push, Map.of("image", repository + ":1", "credentialsId", "registry"));

        String pushed = (String) result.value();
        assertThat(pushed).startsWith(repository + "@sha256:");
        assertThat(run.changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo("docker.image");
            assertThat(change.target()).isEqualTo(repository);
            assertThat(change.before()).isNull();
            assertThat(change.after()).isEqualTo(pushed);
        });
        assertThat(run.logText()).contains("Successfully").doesNotContain("s3cr3t-registry-pw");

        DockerClient docker = ENGINES.client(DockerSettings.local());
        docker.removeImageCmd(repository + ":1").withForce(true).exec();
        docker.removeImageCmd(repository + ":latest").withForce(true).exec();
        docker.pullImageCmd(pushed).exec(new PullImageResultCallback()).awaitCompletion(120, TimeUnit.SECONDS);
        assertThat(output(docker, pushed)).isEqualTo("hello v1");
    }

    @Test
    void aSecondPushOfTheTagRecordsTheDigestItReplaced() throws Exception {
        run.run(build, Map.of("image", repository + ":1", "context", "app", "buildArgs", Map.of("GREETING", "one")));
        String first = (String) run.run(push, Map.of("image", repository + ":1")).value();
        run.run(build, Map.of("image", repository + ":1", "context", "app", "buildArgs", Map.of("GREETING", "two"),
                "noCache", true));

        String second = (String) run.run(push, Map.of("image", repository + ":1")).value();

        assertThat(second).isNotEqualTo(first);
        assertThat(run.changes.get(1).before()).isEqualTo(first);
        assertThat(run.changes.get(1).after()).isEqualTo(second);
    }

    @Test
    void aFailingDockerfileFailsTheStepWithTheEnginesMessage() throws Exception {
        Files.writeString(run.workspace().resolve("app/Broken.dockerfile"), "FROM scratch\nCOPY missing-file /x\n");
        assertThatThrownBy(() -> run.run(build, Map.of("image", repository + ":broken", "context", "app",
                "dockerfile", "Broken.dockerfile")))
                .hasMessageContaining("dockerBuild of " + repository + ":broken failed:")
                .hasMessageContaining("missing-file");
    }

    @Test
    void plainShDockerBuildKeepsWorkingThroughTheShell() throws Exception {
        var ctx = run.context().inDir(run.workspace().resolve("app"));
        new ShStep().run(new io.slipway.agent.step.StepCall("sh", List.of(
                "docker build --network host -t " + repository + ":sh ."), Map.of(), java.util.Optional.empty(),
                "Jenkinsfile:1:1"), ctx);
        assertThat(ENGINES.client(DockerSettings.local()).inspectImageCmd(repository + ":sh").exec().getId())
                .startsWith("sha256:");
    }

    @Test
    void badArgumentsAreRefusedWithTheArgumentNamed() {
        assertThatThrownBy(() -> run.run(build, Map.of("image", "Shop:1")))
                .hasMessage("Jenkinsfile:1:1: dockerBuild: argument 'image' must be an image name such as "
                        + "127.0.0.1:5000/shop:1.2, was 'Shop:1'");
        assertThatThrownBy(() -> run.run(build, Map.of("image", repository, "context", "../outside")))
                .hasMessageContaining("argument 'context': '../outside' is not a folder of the workspace");
        assertThatThrownBy(() -> run.run(build, Map.of("image", repository, "context", "app", "dockerfile", "Nope")))
                .hasMessageContaining("argument 'dockerfile': no file 'Nope'");
        assertThatThrownBy(() -> run.run(build, Map.of("image", repository, "context", "app", "buildArgs", "A=1")))
                .hasMessageContaining("argument 'buildArgs' must be a map");
        assertThatThrownBy(() -> run.run(push, Map.of("image", repository, "credentialsId", "missing")))
                .hasMessageContaining("argument 'credentialsId': no credential with id 'missing'");
        assertThatThrownBy(() -> run.run(push, Map.of("image", repository, "credentialsId", "token")))
                .hasMessageContaining("credential 'token' is of type 'string', but a registry login needs type 'usernamePassword'");
    }

    /** Runs the image on the host network and returns what it printed. */
    private static String output(DockerClient docker, String image) throws InterruptedException {
        String id = docker.createContainerCmd(image)
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("host")).exec().getId();
        try {
            docker.startContainerCmd(id).exec();
            docker.waitContainerCmd(id).exec(new WaitContainerResultCallback()).awaitStatusCode(60, TimeUnit.SECONDS);
            StringBuilder out = new StringBuilder();
            docker.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                    out.append(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }).awaitCompletion(60, TimeUnit.SECONDS);
            return out.toString().strip();
        } finally {
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }
}
