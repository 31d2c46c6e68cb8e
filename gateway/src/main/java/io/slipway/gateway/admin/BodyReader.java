package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.slipway.gateway.config.KongJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a request body as JSON, form fields (url-encoded or multipart) or leaves it raw (YAML). */
final class BodyReader {

    record Body(JsonNode json, boolean form) {}

    private BodyReader() {}

    static Body read(String contentType, byte[] bytes) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            return new Body(null, false);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return new Body(FormFields.toTree(urlEncoded(new String(bytes, StandardCharsets.UTF_8))), true);
        }
        if (type.startsWith("multipart/form-data")) {
            return new Body(FormFields.toTree(multipart(contentType, bytes)), true);
        }
        if (type.contains("yaml")) {
            return new Body(null, false);
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (type.contains("json") || text.startsWith("{") || text.startsWith("[")) {
            try {
                return new Body(KongJson.mapper().readTree(text), false);
            } catch (IOException e) {
                throw ApiError.badRequest("Cannot parse JSON body");
            }
        }
        return new Body(null, false);
    }

    private static List<Map.Entry<String, String>> urlEncoded(String body) {
        var decoder = new QueryStringDecoder(body, StandardCharsets.UTF_8, false);
        var fields = new ArrayList<Map.Entry<String, String>>();
        decoder.parameters().forEach((name, values) ->
                values.forEach(value -> fields.add(new AbstractMap.SimpleEntry<>(name, value))));
        return fields;
    }

    private static List<Map.Entry<String, String>> multipart(String contentType, byte[] bytes) {
        var request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/", Unpooled.wrappedBuffer(bytes));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        var decoder = new HttpPostRequestDecoder(new DefaultHttpDataFactory(false), request);
        try {
            var fields = new ArrayList<Map.Entry<String, String>>();
            for (var data : decoder.getBodyHttpDatas()) {
                if (data instanceof Attribute attribute) {
                    fields.add(new AbstractMap.SimpleEntry<>(attribute.getName(), attribute.getValue()));
                } else if (data instanceof io.netty.handler.codec.http.multipart.FileUpload upload) {
                    fields.add(new AbstractMap.SimpleEntry<>(upload.getName(),
                            upload.getByteBuf().toString(StandardCharsets.UTF_8)));
                }
            }
            return fields;
        } catch (IOException | RuntimeException e) {
            throw ApiError.badRequest("Cannot parse multipart form body");
        } finally {
            decoder.destroy();
            request.release();
        }
    }
}
