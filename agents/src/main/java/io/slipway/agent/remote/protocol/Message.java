package io.slipway.agent.remote.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * The messages between a remote agent and its server, one JSON text frame each, told apart by
 * {@code "type"}. The agent's log lines and step results carry a sequence number ({@code seq}, counting
 * from 1 for each agent process, whose {@code instance} id the {@link Hello} names): the server handles each
 * once, in order, and acknowledges the highest it handled with {@link Ack}; the agent keeps everything not yet
 * acknowledged and sends it again after reconnecting, so a network cut loses neither log nor result.
 * Steps to run ({@link RunStep}) are sent again by the server after a reconnect until their result arrives;
 * the agent runs each call id once.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Message.Hello.class, name = "hello"),
        @JsonSubTypes.Type(value = Message.Welcome.class, name = "welcome"),
        @JsonSubTypes.Type(value = Message.RunStep.class, name = "run"),
        @JsonSubTypes.Type(value = Message.Cancel.class, name = "cancel"),
        @JsonSubTypes.Type(value = Message.Ack.class, name = "ack"),
        @JsonSubTypes.Type(value = Message.Heartbeat.class, name = "heartbeat"),
        @JsonSubTypes.Type(value = Message.Log.class, name = "log"),
        @JsonSubTypes.Type(value = Message.Result.class, name = "result")
})
public sealed interface Message {

    /** A message of the agent's reliable stream: numbered, kept until acknowledged, sent again after a cut. */
    sealed interface Sequenced extends Message permits Log, Result {
        long seq();
    }

    /**
     * Agent to server, first after connecting: the labels and executors it offers, where its work folder is,
     * and which process this is ({@code instance}: a new id per agent start).
     */
    record Hello(String instance, List<String> labels, int executors, String workDir, String version)
            implements Message {
        public Hello {
            labels = List.copyOf(labels);
        }
    }

    /**
     * Server to agent, the answer to {@link Hello}: the agent's name (the one it asked for with {@code --name},
     * else the one its token was created with), how often to send heartbeats, and the highest {@code seq} of
     * this agent process the server has already handled. {@code resumed} is true when the server still held
     * the agent's builds from before a short cut; when false, no build of this server uses the agent, so the
     * agent deletes secret files left from earlier builds.
     */
    record Welcome(String name, long heartbeatMillis, long handledSeq, boolean resumed) implements Message {
    }

    /**
     * Server to agent: run one step call. {@code workspace} and {@code cwd} are absolute paths on the agent;
     * {@code mask} are the values the agent must mask in this step's output (never logged).
     */
    record RunStep(String call, String job, int build, String step, List<Object> args, Map<String, Object> named,
            String location, String workspace, String cwd, Map<String, String> env, List<String> mask)
            implements Message {
    }

    /** Server to agent: stop the call (the build was aborted or a timeout expired). */
    record Cancel(String call) implements Message {
    }

    /** Server to agent: every sequenced message up to {@code seq} was handled. */
    record Ack(long seq) implements Message {
    }

    /** Either way, sent when nothing else was for a while, so each side knows the other is alive. */
    record Heartbeat(long at) implements Message {
    }

    /** Agent to server: one line of a step's output, already masked. */
    record Log(long seq, String call, String line) implements Sequenced {
    }

    /**
     * Agent to server: how a call ended. {@code value} is what the step returns to scripts; {@code buildResult}
     * and {@code stageResult} mark the build and stage ({@code UNSTABLE}); {@code failure} is the message of
     * a failed step (with {@code failureResult}, usually {@code FAILURE}); {@code interrupted} says it was
     * cancelled; {@code tests} holds the test report a {@code junit} call recorded.
     */
    record Result(long seq, String call, Object value, String buildResult, String stageResult, String failure,
            String failureResult, boolean interrupted, Object tests) implements Sequenced {
    }
}
