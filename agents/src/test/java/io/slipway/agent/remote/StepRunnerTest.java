package io.slipway.agent.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.agent.builtin.BuiltinSteps;
import io.slipway.agent.remote.protocol.Message;
import io.slipway.agent.remote.protocol.Messages;
import io.slipway.agent.step.StepRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's side of a step call: real executors, a real shell, and the outbox's frames as the server would
 * receive them; secrets never leave the agent, resent calls run once, and the stream resumes after a cut.
 */
class StepRunnerTest {

    @TempDir
    Path work;

    private final List<String> sent = new CopyOnWriteArrayList<>();

    private Message.RunStep sh(String call, String script, List<String> mask) {
        return new Message.RunStep(call, "job", 1, "sh", List.of(script), Map.of(), "Jenkinsfile:3:5",
                work.resolve("ws").toString(), work.resolve("ws").toString(), Map.of("TOKEN", "s3cr3t-value"), mask);
    }

    private List<Message> awaitResults(int count) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<Message> messages = sent.stream().map(Messages::read).toList();
            if (messages.stream().filter(m -> m instanceof Message.Result).count() >= count) {
                return messages;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no result after 30 s; sent: " + sent);
    }

    @Test
    void outputIsMaskedOnTheAgentWithTheValuesSentForTheCall() throws Exception {
        Outbox outbox = new Outbox(100, work.resolve("spill"));
        outbox.connected(sent::add, 0);
        try (StepRunner runner = new StepRunner(new StepRegistry(BuiltinSteps.all()), outbox, work, null)) {
            runner.submit(sh("c1", "echo \"the token is $TOKEN\"", List.of("s3cr3t-value")));
            List<Message> messages = awaitResults(1);
            assertThat(String.join("\n", sent)).doesNotContain("s3cr3t-value");
            assertThat(messages).anySatisfy(m -> assertThat(m).isInstanceOfSatisfying(Message.Log.class,
                    l -> assertThat(l.line()).isEqualTo("the token is ****")));
        }
    }

    @Test
    void aCallSentAgainAfterAReconnectRunsOnce() throws Exception {
        Outbox outbox = new Outbox(100, work.resolve("spill"));
        outbox.connected(sent::add, 0);
        try (StepRunner runner = new StepRunner(new StepRegistry(BuiltinSteps.all()), outbox, work, null)) {
            runner.submit(sh("c1", "echo once >> count.txt", List.of()));
            runner.submit(sh("c1", "echo once >> count.txt", List.of()));
            awaitResults(1);
            assertThat(java.nio.file.Files.readAllLines(work.resolve("ws").resolve("count.txt"))).containsExactly("once");
            assertThat(sent.stream().map(Messages::read).filter(m -> m instanceof Message.Result)).hasSize(1);
        }
    }

    @Test
    void afterACutEverythingNotAcknowledgedIsSentAgainInOrderFromMemoryAndTheSpillFile() {
        resendsInOrder(new Outbox(3, work.resolve("outbox").resolve("spill")));
    }

    @Test
    void theMemoryOfTheOutboxIsBoundedInSizeToo() {
        resendsInOrder(new Outbox(1000, 120, work.resolve("outbox").resolve("spill")));
    }

    private void resendsInOrder(Outbox outbox) {
        for (int i = 1; i <= 10; i++) {
            String line = "line " + i;
            outbox.append(seq -> new Message.Log(seq, "c1", line));
        }
        assertThat(outbox.pending()).isEqualTo(10);
        assertThat(work.resolve("outbox").resolve("spill")).exists();

        outbox.connected(sent::add, 0);
        outbox.ack(2);
        outbox.disconnected();
        sent.clear();
        outbox.connected(sent::add, 4);
        for (int i = 0; i < 10 && outbox.pending() > 0; i++) {
            outbox.ack(((Message.Log) Messages.read(sent.get(sent.size() - 1))).seq());
        }
        List<String> lines = sent.stream().map(Messages::read).map(m -> ((Message.Log) m).line()).toList();
        assertThat(lines).containsExactly("line 5", "line 6", "line 7", "line 8", "line 9", "line 10");
        assertThat(outbox.pending()).isZero();
        assertThat(work.resolve("outbox").resolve("spill")).doesNotExist();
    }
}
