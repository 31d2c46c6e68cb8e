package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebSocketPassthroughTest extends ProxyTestBase {

    @Test
    void upgradedConnectionRelaysFramesBothWays() throws Exception {
        WebSocketEchoUpstream ws = new WebSocketEchoUpstream();
        closeables.add(ws);
        Service service = Service.of("ws", "http", "127.0.0.1", ws.port(), "/ws");
        apply(service, Route.forPaths("r", service.id(), "/chat"));
        LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();

        WebSocket socket = client.newWebSocketBuilder().buildAsync(
                java.net.URI.create("ws://127.0.0.1:" + proxy.port() + "/chat"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        received.add(data.toString());
                        webSocket.request(1);
                        return CompletableFuture.completedFuture(null);
                    }
                }).get(10, TimeUnit.SECONDS);
        socket.sendText("hello", true).get(5, TimeUnit.SECONDS);
        socket.sendText("again", true).get(5, TimeUnit.SECONDS);

        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("echo: hello");
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("echo: again");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }
}
