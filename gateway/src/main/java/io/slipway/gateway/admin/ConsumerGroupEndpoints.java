package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.Consumer;
import io.slipway.gateway.config.ConsumerGroup;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.Plugin;
import io.slipway.gateway.config.schema.EntityKind;
import java.util.List;

/**
 * Kong's consumer group paths beyond the plain collection ({@code /consumer_groups} itself, PUT, PATCH,
 * DELETE and {@code /consumer_groups/{g}/plugins} are registered with the other entities):
 * {@code GET /consumer_groups/{g}} with its plugins and consumers, the members under
 * {@code /consumer_groups/{g}/consumers[/{c}]}, and a consumer's groups under
 * {@code /consumers/{c}/consumer_groups[/{g}]}. Bodies and messages as Kong 3 answers them.
 * Registered before the generic entity paths, so that this GET of a group wins.
 */
final class ConsumerGroupEndpoints {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ConsumerGroupMembers members;
    private final EntityService entities;

    ConsumerGroupEndpoints(ConsumerGroupMembers members, EntityService entities) {
        this.members = members;
        this.entities = entities;
    }

    void register(PathRouter router) {
        router.add("GET", "/consumer_groups/{group}", call -> {
            var group = members.group(call.param("group"));
            var body = JSON.objectNode();
            body.set("consumer_group", Paging.view(group));
            var plugins = body.putArray("plugins");
            entities.list(EntityKind.PLUGIN, Scope.NONE).stream()
                    .filter(p -> group.id().equals(((Plugin) p).consumerGroupId()))
                    .forEach(p -> plugins.add(Paging.view(p)));
            body.set("consumers", views(members.consumersOf(group)));
            return Reply.json(200, body);
        });

        router.add("GET", "/consumer_groups/{group}/consumers", call -> {
            var body = JSON.objectNode();
            body.set("consumers", views(members.consumersOf(members.group(call.param("group")))));
            return Reply.json(200, body);
        });
        router.add("POST", "/consumer_groups/{group}/consumers", call -> {
            var group = members.group(call.param("group"));
            var names = ConsumerGroupMembers.names(call.body(), "consumer");
            members.add(names, List.of(group.id().toString()));
            var body = JSON.objectNode();
            body.set("consumer_group", Paging.view(group));
            body.set("consumers", views(names.stream().map(members::consumer).toList()));
            return Reply.json(201, body);
        });
        router.add("DELETE", "/consumer_groups/{group}/consumers", call -> {
            var group = members.group(call.param("group"));
            if (members.remove(null, group.id()) == 0) {
                throw ApiError.message(404, "Group '" + group.id() + "' has no consumers");
            }
            return Reply.noContent();
        });
        router.add("GET", "/consumer_groups/{group}/consumers/{consumer}", call -> {
            var consumer = members.consumer(call.param("consumer"));
            var group = members.group(call.param("group"));
            requireMember(consumer, group);
            return Reply.json(200, wrap("consumer", consumer));
        });
        router.add("DELETE", "/consumer_groups/{group}/consumers/{consumer}", call -> {
            var consumer = members.consumer(call.param("consumer"));
            var group = members.group(call.param("group"));
            if (members.remove(consumer.id(), group.id()) == 0) throw notInGroup(consumer, group);
            return Reply.noContent();
        });

        router.add("GET", "/consumers/{consumer}/consumer_groups", call -> {
            var body = JSON.objectNode();
            body.set("consumer_groups", views(members.groupsOf(members.consumer(call.param("consumer")))));
            return Reply.json(200, body);
        });
        router.add("POST", "/consumers/{consumer}/consumer_groups", call -> {
            var consumer = members.consumer(call.param("consumer"));
            var names = ConsumerGroupMembers.names(call.body(), "group");
            members.add(List.of(consumer.id().toString()), names);
            var body = JSON.objectNode();
            body.set("consumer_groups", views(names.stream().map(members::group).toList()));
            body.set("consumer", Paging.view(consumer));
            return Reply.json(201, body);
        });
        router.add("DELETE", "/consumers/{consumer}/consumer_groups", call -> {
            var consumer = members.consumer(call.param("consumer"));
            if (members.remove(consumer.id(), null) == 0) {
                throw ApiError.message(404, "Consumer '" + consumer.id() + "' not in group");
            }
            return Reply.noContent();
        });
        router.add("GET", "/consumers/{consumer}/consumer_groups/{group}", call -> {
            var consumer = members.consumer(call.param("consumer"));
            var group = members.group(call.param("group"));
            requireMember(consumer, group);
            return Reply.json(200, wrap("consumer_group", group));
        });
        router.add("DELETE", "/consumers/{consumer}/consumer_groups/{group}", call -> {
            var consumer = members.consumer(call.param("consumer"));
            var group = members.group(call.param("group"));
            if (members.remove(consumer.id(), group.id()) == 0) throw notInGroup(consumer, group);
            return Reply.noContent();
        });
    }

    private void requireMember(Consumer consumer, ConsumerGroup group) {
        if (!members.isMember(consumer, group)) throw notInGroup(consumer, group);
    }

    private static ApiError notInGroup(Consumer consumer, ConsumerGroup group) {
        return ApiError.message(404, "Consumer '" + consumer.id() + "' not found in Group '" + group.id() + "'");
    }

    private static ObjectNode wrap(String field, Entity entity) {
        var body = JSON.objectNode();
        body.set(field, Paging.view(entity));
        return body;
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode views(List<? extends Entity> list) {
        var array = JSON.arrayNode();
        list.forEach(e -> array.add(Paging.view(e)));
        return array;
    }
}
