package io.slipway.agent.files;

import static io.slipway.agent.step.TestContexts.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.TestContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StashStepTest {

    @TempDir
    Path root;

    private TestContexts in(String workspace) throws Exception {
        return new TestContexts(Files.createDirectories(root.resolve(workspace)), root.resolve("build"));
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void stashedFilesComeBackInAnotherWorkspaceWithTheirExecutableBit() throws Exception {
        TestContexts producer = in("producer");
        Path ws = producer.context().workspace();
        write(ws.resolve("target/app.jar"), "jar");
        write(ws.resolve("target/run.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(ws.resolve("target/run.sh"), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        write(ws.resolve("src/Main.java"), "class Main {}");
        new StashStep().run(call("stash", Map.of("name", "app", "includes", "target/**")), producer.context());
        assertThat(producer.lines()).contains("Stashed 2 file(s) as 'app'");

        TestContexts consumer = in("consumer");
        new UnstashStep().run(call("unstash", "app"), consumer.context());
        Path other = consumer.context().workspace();
        assertThat(other.resolve("target/app.jar")).hasContent("jar");
        assertThat(Files.isExecutable(other.resolve("target/run.sh"))).isTrue();
        assertThat(other.resolve("src/Main.java")).doesNotExist();
    }

    @Test
    void excludesAndDefaultExcludesLeaveFilesOut() throws Exception {
        TestContexts producer = in("p");
        Path ws = producer.context().workspace();
        write(ws.resolve("a.txt"), "a");
        write(ws.resolve("b.log"), "b");
        write(ws.resolve(".git/config"), "[core]");
        new StashStep().run(call("stash", Map.of("name", "s", "excludes", "*.log")), producer.context());

        TestContexts consumer = in("c");
        new UnstashStep().run(call("unstash", "s"), consumer.context());
        assertThat(consumer.context().workspace().resolve("a.txt")).exists();
        assertThat(consumer.context().workspace().resolve("b.log")).doesNotExist();
        assertThat(consumer.context().workspace().resolve(".git")).doesNotExist();

        new StashStep().run(call("stash", Map.of("name", "all", "useDefaultExcludes", false)), producer.context());
        TestContexts third = in("t");
        new UnstashStep().run(call("unstash", "all"), third.context());
        assertThat(third.context().workspace().resolve(".git/config")).hasContent("[core]");
    }

    @Test
    void aStashOfTheSameNameReplacesTheEarlierOne() throws Exception {
        TestContexts producer = in("p");
        Path ws = producer.context().workspace();
        write(ws.resolve("one.txt"), "1");
        new StashStep().run(call("stash", Map.of("name", "s", "includes", "one.txt")), producer.context());
        write(ws.resolve("two.txt"), "2");
        new StashStep().run(call("stash", Map.of("name", "s", "includes", "two.txt")), producer.context());

        TestContexts consumer = in("c");
        new UnstashStep().run(call("unstash", "s"), consumer.context());
        assertThat(consumer.context().workspace().resolve("two.txt")).hasContent("2");
        assertThat(consumer.context().workspace().resolve("one.txt")).doesNotExist();
    }

    @Test
    void anEmptyStashFailsUnlessAllowed() throws Exception {
        TestContexts producer = in("p");
        assertThatThrownBy(() -> new StashStep().run(call("stash", Map.of("name", "none", "includes", "*.jar")),
                producer.context()))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("no files included in stash 'none'").hasMessageContaining("*.jar");
        new StashStep().run(call("stash", Map.of("name", "none", "includes", "*.jar", "allowEmpty", true)),
                producer.context());
        new UnstashStep().run(call("unstash", "none"), in("c").context());
    }

    @Test
    void unstashingAnUnknownNameFailsNamingItAndTheKnownStashes() throws Exception {
        TestContexts producer = in("p");
        write(producer.context().workspace().resolve("a.txt"), "a");
        new StashStep().run(call("stash", "sources"), producer.context());
        assertThatThrownBy(() -> new UnstashStep().run(call("unstash", "binaries"), producer.context()))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("no such saved stash 'binaries'")
                .hasMessageContaining("'sources'");
    }

    @Test
    void aNameWithSlashesOrDotsStaysInsideTheBuildFolder() throws Exception {
        TestContexts producer = in("p");
        write(producer.context().workspace().resolve("a.txt"), "a");
        new StashStep().run(call("stash", "../../escape"), producer.context());
        assertThat(root.resolve("escape")).doesNotExist();
        TestContexts consumer = in("c");
        new UnstashStep().run(call("unstash", "../../escape"), consumer.context());
        assertThat(consumer.context().workspace().resolve("a.txt")).hasContent("a");
    }
}
