package io.slipway.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * A test upstream on 127.0.0.1:0 (JDK HttpServer, keep-alive). Answers every path with JSON naming
 * itself and echoing method, path, query, headers (lower-cased names), and the body's length and CRC32.
 * {@code /stream?bytes=N} streams N bytes (chunked), {@code /slow?ms=N} answers after N ms,
 * {@code /status/N} answers status N.
 */
final class EchoUpstream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // without it the JDK server's head and body go out as two segments and Nagle waits for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    final String name;
    private final HttpServer server;
    final AtomicInteger hits = new AtomicInteger();
    volatile int healthStatus = 200;

    EchoUpstream(String name) throws IOException {
        this.name = name;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "echo-" + name);
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String address() {
        return "127.0.0.1:" + port();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        if (path.equals("/health")) {
            byte[] ok = "ok".getBytes();
            ex.sendResponseHeaders(healthStatus, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
            return;
        }
        hits.incrementAndGet();
        long length = 0;
        CRC32 crc = new CRC32();
        try (InputStream in = ex.getRequestBody()) {
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
                crc.update(buf, 0, n);
                length += n;
            }
        }
        if (path.startsWith("/slow")) {
            sleep(Long.parseLong(param(query, "ms", "1000")));
        }
        if (path.startsWith("/stream")) {
            stream(ex, Long.parseLong(param(query, "bytes", "0")));
            return;
        }
        int status = path.startsWith("/status/") ? Integer.parseInt(path.substring(8)) : 200;
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("upstream", name);
        echo.put("method", ex.getRequestMethod());
        echo.put("path", path);
        echo.put("query", query == null ? "" : query);
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        echo.put("headers", headers);
        echo.put("bodyLength", length);
        echo.put("bodyCrc", crc.getValue());
        byte[] body = JSON.writeValueAsBytes(echo);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    /** Streams pseudo-random but reproducible bytes: byte i is (i * 31 + 7) & 0xff. */
    private static void stream(HttpExchange ex, long bytes) throws IOException {
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            byte[] buf = new byte[65536];
            long sent = 0;
            while (sent < bytes) {
                int n = (int) Math.min(buf.length, bytes - sent);
                for (int i = 0; i < n; i++) buf[i] = (byte) ((sent + i) * 31 + 7);
                out.write(buf, 0, n);
                sent += n;
            }
        }
    }

    static String param(String query, String name, String fallback) {
        if (query != null) {
            for (String p : query.split("&")) {
                if (p.startsWith(name + "=")) return p.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
