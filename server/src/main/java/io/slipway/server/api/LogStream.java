package io.slipway.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildLogs;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET .../log/stream}: a build's log as server-sent events, one {@code log} event per line whose
 * id is the byte offset after that line. A client resumes from {@code ?offset=N} or the
 * {@code Last-Event-ID} header; once the build has ended and everything is sent, an {@code end}
 * event carries the status and the stream closes.
 */
final class LogStream {

    private static final int CHUNK = 64 * 1024;
    private static final long WAIT_MILLIS = 1000;

    private final BuildHistory history;
    private final BuildLogs logs;

    LogStream(BuildHistory history, BuildLogs logs) {
        this.history = history;
        this.logs = logs;
    }

    void stream(Context ctx) throws IOException {
        String job = ctx.pathParam("name");
        int number;
        try {
            number = Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw ApiException.badField("number", "must be a build number");
        }
        history.get(job, number);
        long offset = startOffset(ctx.queryParam("offset"), ctx.header("Last-Event-ID"));
        ctx.status(200).contentType("text/event-stream; charset=utf-8").header("Cache-Control", "no-cache");
        OutputStream client = ctx.res().getOutputStream();
        try {
            while (true) {
                byte[] chunk = logs.readFrom(job, number, offset, CHUNK);
                int consumed = sendLines(client, chunk, offset);
                offset += consumed;
                if (consumed == 0) {
                    Build build = history.get(job, number);
                    if (build.status().isFinal() && !logs.isOpen(job, number)) {
                        byte[] rest = logs.readFrom(job, number, offset, CHUNK);
                        if (rest.length == 0) {
                            send(client, "end", build.status().name(), offset);
                            break;
                        }
                        continue;
                    }
                    logs.awaitBeyond(job, number, offset, WAIT_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away; nothing to clean up.
        }
    }

    private static void send(OutputStream client, String event, String data, long id) throws IOException {
        String text = "id: " + id + "\nevent: " + event + "\ndata: " + data + "\n\n";
        client.write(text.getBytes(StandardCharsets.UTF_8));
        client.flush();
    }

    /** Sends every complete line of {@code chunk}; returns the bytes consumed. */
    private static int sendLines(OutputStream client, byte[] chunk, long base) throws IOException {
        int start = 0;
        for (int i = 0; i < chunk.length; i++) {
            if (chunk[i] == '\n') {
                String line = new String(chunk, start, i - start, StandardCharsets.UTF_8);
                send(client, "log", line, base + i + 1);
                start = i + 1;
            }
        }
        return start;
    }

    private static long startOffset(String query, String lastEventId) {
        String raw = query != null ? query : lastEventId;
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(raw.trim()));
        } catch (NumberFormatException e) {
            throw ApiException.badField("offset", "must be a byte offset, was '" + raw + "'");
        }
    }
}
