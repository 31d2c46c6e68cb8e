package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.schema.EntityKind;
import io.slipway.gateway.store.ConfigStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Kong's {@code GET /tags} and {@code GET /tags/{tag}}: one row per entity and tag,
 * {@code {"entity_name": "services", "entity_id": "...", "tag": "..."}}, paged with {@code size} and
 * {@code offset} like every list, so a script can find everything a team tagged without asking each
 * collection in turn.
 */
final class TagsEndpoints {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private record Row(String tag, String entityName, String entityId) {}

    private final ConfigStore store;

    TagsEndpoints(ConfigStore store) {
        this.store = store;
    }

    void register(PathRouter router) {
        router.add("GET", "/tags", call -> Reply.json(200, page(call, rows(null))));
        router.add("GET", "/tags/{tag}", call -> Reply.json(200, page(call, rows(call.param("tag")))));
    }

    private List<Row> rows(String only) {
        List<Row> rows = new ArrayList<>();
        for (Entity entity : store.current().all()) {
            if (entity.tags() == null) continue;
            for (String tag : entity.tags()) {
                if (only == null || only.equals(tag)) {
                    rows.add(new Row(tag, EntityKind.of(entity).table(), entity.id().toString()));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::tag).thenComparing(Row::entityName).thenComparing(Row::entityId));
        return rows;
    }

    private static ObjectNode page(ApiCall call, List<Row> rows) {
        int size = Paging.size(call.queryParam("size"));
        int from = Paging.indexOffset(call.queryParam("offset"));
        var body = JSON.objectNode();
        var data = body.putArray("data");
        rows.stream().skip(from).limit(size).forEach(row -> data.addObject()
                .put("entity_name", row.entityName()).put("entity_id", row.entityId()).put("tag", row.tag()));
        if (from + size < rows.size()) {
            String token = Paging.indexToken(from + size);
            body.put("offset", token);
            body.put("next", call.path() + "?offset=" + token
                    + (call.queryParam("size") == null ? "" : "&size=" + size));
        } else {
            body.putNull("offset");
            body.putNull("next");
        }
        return body;
    }
}
