package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * 50 MB each way through the proxy. The test JVM's heap is small next to what a buffering proxy would
 * need for many such bodies at once; the checksums prove every byte arrived in order.
 */
class StreamingTest extends ProxyTestBase {

    private static final long SIZE = 50L * 1024 * 1024;

    /** The same reproducible bytes as the echo upstream's /stream: byte i is (i * 31 + 7). */
    private static final class PatternStream extends InputStream {
        private long position;
        private final long size;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) ((position++ * 31 + 7) & 0xff) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) return -1;
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) b[off + i] = (byte) ((position + i) * 31 + 7);
            position += n;
            return n;
        }
    }

    private static long crc(InputStream in) throws Exception {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[65536];
        for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
        return crc.getValue();
    }

    @Test
    void largeChunkedUploadArrivesWholeAndInOrder() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        apply(service, Route.forPaths("r", service.id(), "/"));

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/upload"))
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new PatternStream(SIZE))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        var body = json(response.body());
        assertThat(body.path("bodyLength").asLong()).isEqualTo(SIZE);
        assertThat(body.path("bodyCrc").asLong()).isEqualTo(crc(new PatternStream(SIZE)));
    }

    @Test
    void largeStreamedDownloadArrivesWholeAndInOrder() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        apply(service, Route.forPaths("r", service.id(), "/"));

        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri("/stream?bytes=" + SIZE))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream in = response.body()) {
            assertThat(crc(in)).isEqualTo(crc(new PatternStream(SIZE)));
        }
    }

    @Test
    void expectContinueIsAnsweredAndTheBodyFollows() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        apply(service, Route.forPaths("r", service.id(), "/"));

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/upload")).expectContinue(true)
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("bodyLength").asLong()).isEqualTo(5);
        assertThat(json(response.body()).path("headers").has("expect")).isFalse();
    }
}
