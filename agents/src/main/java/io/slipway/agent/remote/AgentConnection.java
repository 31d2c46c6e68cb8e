package io.slipway.agent.remote;

import io.slipway.agent.remote.protocol.Message;
import io.slipway.agent.remote.protocol.Messages;
import java.io.IOException;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One WebSocket connection to the server, from the agent's side: frames are sent one at a time (the JDK's
 * WebSocket allows one outstanding send), incoming text is reassembled and handed on as {@link Message}s, and
 * {@link #closed()} completes with the reason once the connection ends for any cause.
 */
final class AgentConnection implements WebSocket.Listener {

    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final Consumer<Message> onMessage;
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile long lastHeard = System.nanoTime();
    private volatile int closeCode;

    AgentConnection(Consumer<Message> onMessage) {
        this.onMessage = onMessage;
    }

    void attach(WebSocket ws) {
        this.socket = ws;
    }

    /** Sends one message's text; an {@link IOException} when the connection is broken. */
    synchronized void send(String text) throws IOException {
        WebSocket ws = socket;
        if (ws == null || closed.isDone()) {
            throw new IOException("not connected");
        }
        try {
            ws.sendText(text, true).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            abort("send failed: " + e);
            throw new IOException("send failed", e);
        }
    }

    void send(Message message) throws IOException {
        send(Messages.write(message));
    }

    /** Ends the connection at once (the server stopped answering). */
    void abort(String reason) {
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        closed.complete(reason);
    }

    CompletableFuture<String> closed() {
        return closed;
    }

    /** The close code the server sent, once it closed the connection (0 before, or when the cut was not a close). */
    int closeCode() {
        return closeCode;
    }

    long nanosSinceHeard() {
        return System.nanoTime() - lastHeard;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        lastHeard = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                onMessage.accept(Messages.read(text));
            } catch (RuntimeException e) {
                System.err.println("slipway-agent: ignored a message: " + e.getMessage());
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode = statusCode;
        closed.complete("closed by the server (" + statusCode + (reason == null || reason.isEmpty() ? "" : ": "
                + reason) + ")");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("connection failed: " + error);
    }
}
