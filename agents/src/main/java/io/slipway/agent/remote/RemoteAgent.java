package io.slipway.agent.remote;

import io.slipway.agent.credentials.SecretFileStep;
import io.slipway.agent.remote.protocol.Message;
import io.slipway.agent.step.StepRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The agent process: connects out to the server's WebSocket with its token, says which labels and executors it
 * offers, runs the steps the server sends ({@link StepRunner}) and streams their output through the
 * {@link Outbox}. When the connection ends it reconnects, forever, waiting 1 s, then twice as long each time up
 * to 10 s; a refused token (401) ends the process instead, since retrying cannot help.
 */
public final class RemoteAgent {

    /** The token was refused: wrong, or the agent was revoked. */
    public static final int EXIT_UNAUTHORIZED = 3;
    /** The server refused the name given with {@code --name}: another online agent uses it. */
    public static final int EXIT_NAME_REFUSED = 4;
    /** The request header that carries the name given with {@code --name} (or {@code SLIPWAY_AGENT_NAME}). */
    public static final String NAME_HEADER = "X-Slipway-Agent-Name";
    /** The close code with which the server refuses the name after the upgrade (another agent took it meanwhile). */
    public static final int CLOSE_NAME_REFUSED = 4409;
    private static final long MAX_BACKOFF_MILLIS = 10_000;
    private static final int OUTBOX_MEMORY_LIMIT = 10_000;

    private final AgentOptions options;
    private final PrintStream out;
    private final String instance = UUID.randomUUID().toString();
    private final Outbox outbox;
    private final StepRunner runner;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "agent-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile AgentConnection current;
    private volatile long heartbeatMillis = 15_000;

    public RemoteAgent(AgentOptions options, StepRegistry steps, PrintStream out) {
        this.options = options;
        this.out = out;
        this.outbox = new Outbox(OUTBOX_MEMORY_LIMIT, options.workDir().resolve("outbox").resolve(instance + ".spill"));
        this.runner = new StepRunner(steps, outbox, options.workDir(), new BuildFiles(options));
    }

    /** Runs until the server refuses the token; returns the process's exit code. */
    public int run() throws InterruptedException {
        timers.scheduleWithFixedDelay(this::heartbeat, 250, 250, TimeUnit.MILLISECONDS);
        long backoff = 1000;
        while (true) {
            String reason;
            try {
                reason = connectAndServe();
                backoff = 1000;
            } catch (Unauthorized e) {
                out.println("slipway-agent: the server refused this agent's token (401): " + e.getMessage()
                        + ". Check --token or SLIPWAY_AGENT_TOKEN; the agent may have been revoked.");
                return EXIT_UNAUTHORIZED;
            } catch (NameRefused e) {
                out.println("slipway-agent: the server refused the name '" + options.name() + "' (" + e.getMessage()
                        + "). Give this agent another --name (or SLIPWAY_AGENT_NAME), or stop the agent using it.");
                return EXIT_NAME_REFUSED;
            } catch (IOException e) {
                reason = e.getMessage();
            }
            outbox.disconnected();
            long seconds = Math.max(1, backoff / 1000);
            out.println("slipway-agent: disconnected (" + reason + "), retrying in " + seconds + "s");
            Thread.sleep(backoff);
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
        }
    }

    private String connectAndServe() throws IOException, Unauthorized, NameRefused, InterruptedException {
        AgentConnection connection = new AgentConnection(this::received);
        WebSocket ws;
        try {
            WebSocket.Builder builder = http.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + options.token())
                    .connectTimeout(Duration.ofSeconds(10));
            if (options.nameGiven()) {
                builder.header(NAME_HEADER, options.name());
            }
            ws = builder.buildAsync(options.socketUri(), connection).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WebSocketHandshakeException handshake) {
                int status = handshake.getResponse().statusCode();
                String body = HandshakeAnswer.error(handshake.getResponse().body());
                if (status == 401) {
                    throw new Unauthorized(body);
                }
                if (status == 409 || status == 400) {
                    throw new NameRefused(status + (body == null ? "" : ": " + body));
                }
            }
            throw new IOException("cannot connect to " + options.server() + ": " + cause, cause);
        } catch (TimeoutException e) {
            throw new IOException("cannot connect to " + options.server() + ": timed out");
        }
        connection.attach(ws);
        current = connection;
        try {
            connection.send(new Message.Hello(instance, options.labels(), options.executors(),
                    options.workDir().toString(), "1"));
            String reason = connection.closed().get();
            if (connection.closeCode() == CLOSE_NAME_REFUSED) {
                throw new NameRefused(reason);
            }
            return reason;
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } finally {
            current = null;
            ws.abort();
        }
    }

    private void received(Message message) {
        AgentConnection connection = current;
        if (message instanceof Message.Welcome welcome) {
            heartbeatMillis = Math.max(50, welcome.heartbeatMillis());
            out.println("slipway-agent: connected to " + options.server() + " as " + welcome.name() + " (labels "
                    + options.labels() + ", " + options.executors() + " executors, work dir " + options.workDir() + ")");
            if (!welcome.resumed()) {
                deleteLeftoverSecretFiles();
            }
            if (connection != null) {
                outbox.connected(connection::send, welcome.handledSeq());
            }
        } else if (message instanceof Message.Ack ack) {
            outbox.ack(ack.seq());
        } else if (message instanceof Message.RunStep run) {
            runner.submit(run);
        } else if (message instanceof Message.Cancel cancel) {
            runner.cancel(cancel.call());
        }
    }

    /** No build of the server uses this agent now: secret files left by a kill or a long cut go. */
    private void deleteLeftoverSecretFiles() {
        try {
            int deleted = SecretFileStep.deleteLeftovers(options.workDir().resolve("workspace"));
            if (deleted > 0) {
                out.println("slipway-agent: deleted " + deleted + " secret file(s) left by earlier builds");
            }
        } catch (java.io.UncheckedIOException e) {
            out.println("slipway-agent: " + e.getMessage() + ": " + e.getCause());
        }
    }

    /** Sends a heartbeat every interval and drops a connection the server has been silent on for 4 of them. */
    private long lastBeat = System.nanoTime();

    private void heartbeat() {
        AgentConnection connection = current;
        if (connection == null) {
            return;
        }
        long interval = TimeUnit.MILLISECONDS.toNanos(heartbeatMillis);
        if (connection.nanosSinceHeard() > interval * 4 + TimeUnit.SECONDS.toNanos(1)) {
            connection.abort("the server was silent for " + (connection.nanosSinceHeard() / 1_000_000) + " ms");
            return;
        }
        if (System.nanoTime() - lastBeat >= interval) {
            lastBeat = System.nanoTime();
            try {
                connection.send(new Message.Heartbeat(System.currentTimeMillis()));
            } catch (IOException e) {
                connection.abort("heartbeat failed: " + e.getMessage());
            }
        }
    }

    /** The server answered 401 to the connection. */
    private static final class Unauthorized extends Exception {
        Unauthorized(String body) {
            super(body == null || body.isBlank() || body.equals("null") ? "agent token refused" : body);
        }
    }

    /** The server refused the name this agent asked for. */
    private static final class NameRefused extends Exception {
        NameRefused(String reason) {
            super(reason);
        }
    }
}
