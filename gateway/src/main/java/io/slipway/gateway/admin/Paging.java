package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.KongJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Kong's list pages: entities by id, {@code size} (1-1000, default 100) per page, an opaque
 * {@code offset} naming where the next page starts, and the {@code tags} filter ({@code a,b} all of
 * them, {@code a/b} any of them).
 */
final class Paging {

    private Paging() {}

    static ObjectNode page(ApiCall call, List<? extends Entity> entities, Function<Entity, ObjectNode> view) {
        int size = size(call.queryParam("size"));
        String after = offset(call.queryParam("offset"));
        var filter = TagFilter.parse(call.queryParam("tags"));
        var matching = entities.stream()
                .filter(filter::matches)
                .sorted(Comparator.comparing(e -> e.id().toString()))
                .filter(e -> after == null || e.id().toString().compareTo(after) > 0)
                .toList();
        var body = JsonNodeFactory.instance.objectNode();
        var data = body.putArray("data");
        matching.stream().limit(size).forEach(e -> data.add(view.apply(e)));
        if (matching.size() > size) {
            String token = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(matching.get(size - 1).id().toString().getBytes(StandardCharsets.UTF_8));
            var next = new StringBuilder(call.path()).append("?offset=").append(token);
            if (call.queryParam("size") != null) next.append("&size=").append(size);
            if (call.queryParam("tags") != null) {
                next.append("&tags=").append(URLEncoder.encode(call.queryParam("tags"), StandardCharsets.UTF_8));
            }
            body.put("next", next.toString());
            body.put("offset", token);
        } else {
            body.putNull("next");
        }
        return body;
    }

    /** An entity as the Admin API shows it: private keys of certificates are write-only and left out. */
    static ObjectNode view(Entity entity) {
        var json = KongJson.toJson(entity);
        if (entity instanceof io.slipway.gateway.config.Certificate) {
            json.remove(List.of("key", "key_alt"));
        }
        return json;
    }

    static int size(String text) {
        if (text == null) return 100;
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= 1000) return size;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.coded(400, 9, "invalid size", "invalid size: size must be an integer between 1 and 1000");
    }

    private static String offset(String token) {
        if (token == null || token.isEmpty()) return null;
        try {
            String id = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (EntityService.isUuid(id)) return id;
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiError.coded(400, 7, "invalid offset", "'" + token + "' is not a valid offset: bad base64 encoding");
    }

    /** Kong's tags filter. */
    record TagFilter(Set<String> tags, boolean any) {
        static TagFilter parse(String text) {
            if (text == null || text.isEmpty()) return new TagFilter(Set.of(), false);
            if (text.contains(",") && text.contains("/")) {
                throw ApiError.coded(400, 11, "invalid options",
                        "invalid option (tags: invalid filter syntax)");
            }
            boolean any = text.contains("/");
            return new TagFilter(Set.copyOf(List.of(text.split(any ? "/" : ","))), any);
        }

        boolean matches(Entity entity) {
            if (tags.isEmpty()) return true;
            var have = entity.tags() == null ? List.<String>of() : entity.tags();
            return any ? tags.stream().anyMatch(have::contains) : have.containsAll(tags);
        }
    }
}
