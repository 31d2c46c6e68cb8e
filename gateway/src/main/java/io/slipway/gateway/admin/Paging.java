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
            if (counter(call)) next.append("&counter=true");
            body.put("next", next.toString());
            body.put("offset", token);
        } else {
            body.putNull("next");
        }
        return body;
    }

    /**
     * Kong Enterprise's {@code counter} option of {@code GET /consumer_groups}: asked for by its presence,
     * as Kong tests it ({@code ?counter}, {@code ?counter=true}); {@code false} and {@code 0} turn it off.
     */
    static boolean counter(ApiCall call) {
        var values = call.query().get("counter");
        if (values == null) return false;
        String value = values.isEmpty() ? "" : values.get(0);
        return !value.equalsIgnoreCase("false") && !value.equals("0");
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

    /** The opaque offset of a list paged by position ({@code /tags}, {@code /clustering/data-planes}). */
    static String indexToken(int from) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(from).getBytes(StandardCharsets.UTF_8));
    }

    /** The position an {@link #indexToken} names; 0 without one; 400 for a token that is not one. */
    static int indexOffset(String token) {
        if (token == null || token.isEmpty()) return 0;
        try {
            int from = Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            if (from >= 0) return from;
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiError.coded(400, 7, "invalid offset", "'" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "' is not a valid offset: bad base64 encoding");
    }

    /**
     * Kong's tags filter: {@code a,b} all of them, {@code a/b} any of them, at most 5 tags of printable
     * ASCII or UTF-8 (no control characters, no invalid sequences); empty elements ({@code a,,b}) are
     * skipped, as Kong skips them. A bad filter is Kong's 400
     * "invalid options" (code 11) with the reason under {@code fields.tags}.
     */
    record TagFilter(Set<String> tags, boolean any) {
        static final int MAX_TAGS = 5;

        static TagFilter parse(String text) {
            if (text == null || text.isEmpty()) return new TagFilter(Set.of(), false);
            if (text.contains(",") && text.contains("/")) {
                throw invalid("invalid filter syntax");
            }
            boolean any = text.contains("/");
            var tags = java.util.Arrays.stream(text.split(any ? "/" : ",")).filter(t -> !t.isEmpty()).toList();
            if (tags.size() > MAX_TAGS) {
                throw invalid("cannot query more than " + MAX_TAGS + " tags");
            }
            for (String tag : tags) {
                if (!tag.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != 0xfffd)) {
                    throw invalid("invalid tag '" + tag.replaceAll("\\p{Cntrl}", "?")
                            + "': expected printable ascii (except `,` and `/`) or valid utf-8 sequences");
                }
            }
            return new TagFilter(Set.copyOf(tags), any);
        }

        private static ApiError invalid(String reason) {
            var error = ApiError.coded(400, 11, "invalid options", "invalid option (tags: " + reason + ")");
            error.body().putObject("fields").put("tags", reason);
            return error;
        }

        boolean matches(Entity entity) {
            if (tags.isEmpty()) return true;
            var have = entity.tags() == null ? List.<String>of() : entity.tags();
            return any ? tags.stream().anyMatch(have::contains) : have.containsAll(tags);
        }
    }
}
