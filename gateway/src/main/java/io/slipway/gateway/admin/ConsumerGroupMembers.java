package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.slipway.gateway.config.Consumer;
import io.slipway.gateway.config.ConsumerGroup;
import io.slipway.gateway.config.ConsumerGroupMember;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.schema.EntityKind;
import io.slipway.gateway.store.ConfigStore;
import io.slipway.gateway.store.EntitySet;
import io.slipway.gateway.store.StoreError;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who belongs to which consumer group: lookups with Kong's "not found" messages, and adding or
 * removing members, each call one store transaction (adding three consumers adds all or none).
 */
final class ConsumerGroupMembers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ConfigStore store;
    private final EntityService entities;

    ConsumerGroupMembers(ConfigStore store, EntityService entities) {
        this.store = store;
        this.entities = entities;
    }

    ConsumerGroup group(String idOrName) {
        return (ConsumerGroup) store.read(set -> set.find(EntityKind.CONSUMER_GROUP, idOrName))
                .orElseThrow(() -> ApiError.message(404, "Group '" + idOrName + "' not found"));
    }

    Consumer consumer(String idOrName) {
        return (Consumer) store.read(set -> set.find(EntityKind.CONSUMER, idOrName))
                .orElseThrow(() -> ApiError.message(404, "Consumer '" + idOrName + "' not found"));
    }

    List<Consumer> consumersOf(ConsumerGroup group) {
        return store.read(set -> members(set).stream()
                .filter(m -> m.consumerGroupId().equals(group.id()))
                .map(m -> (Consumer) set.get(m.consumerId()).orElseThrow())
                .toList());
    }

    List<ConsumerGroup> groupsOf(Consumer consumer) {
        return store.read(set -> members(set).stream()
                .filter(m -> m.consumerId().equals(consumer.id()))
                .map(m -> (ConsumerGroup) set.get(m.consumerGroupId()).orElseThrow())
                .toList());
    }

    boolean isMember(Consumer consumer, ConsumerGroup group) {
        return store.read(set -> membership(set, consumer.id(), group.id()) != null);
    }

    /** Adds every pair, or none when a name is unknown (404) or a pair exists already (409). */
    void add(List<String> consumerKeys, List<String> groupKeys) {
        refuseWhenDeclarative("create");
        store.write(set -> {
            List<Entity[]> pairs = new ArrayList<>();
            for (String c : consumerKeys) {
                var consumer = set.find(EntityKind.CONSUMER, c)
                        .orElseThrow(() -> ApiError.message(404, "Consumer '" + c + "' not found"));
                for (String g : groupKeys) {
                    var group = set.find(EntityKind.CONSUMER_GROUP, g)
                            .orElseThrow(() -> ApiError.message(404, "Group '" + g + "' not found"));
                    if (membership(set, consumer.id(), group.id()) != null) {
                        throw ApiError.message(409, "Consumer '" + c + "' already in group '" + g + "'");
                    }
                    pairs.add(new Entity[] {consumer, group});
                }
            }
            for (Entity[] pair : pairs) {
                var input = JSON.objectNode();
                input.putObject("consumer").put("id", pair[0].id().toString());
                input.putObject("consumer_group").put("id", pair[1].id().toString());
                set.insert(entities.build(set, EntityKind.CONSUMER_GROUP_CONSUMER, input, false, null));
            }
            return pairs.size();
        });
    }

    /** Removes the given memberships; returns how many there were. */
    int remove(UUID consumer, UUID group) {
        refuseWhenDeclarative("delete");
        return store.write(set -> {
            int removed = 0;
            for (ConsumerGroupMember m : members(set)) {
                if ((consumer == null || m.consumerId().equals(consumer)) && (group == null || m.consumerGroupId().equals(group))) {
                    set.delete(EntityKind.CONSUMER_GROUP_CONSUMER, m.id());
                    removed++;
                }
            }
            return removed;
        });
    }

    /** A body field that holds one name or id, or an array of them ({@code consumer}, {@code group}). */
    static List<String> names(JsonNode body, String field) {
        var value = body == null ? null : body.get(field);
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()) {
            throw ApiError.message(400, "must provide " + field);
        }
        List<String> out = new ArrayList<>();
        if (value.isArray()) value.forEach(v -> out.add(v.asText())); else out.add(value.asText());
        return out;
    }

    private void refuseWhenDeclarative(String verb) {
        if (store.declarative()) throw StoreError.declarative(verb, EntityKind.CONSUMER_GROUP_CONSUMER);
    }

    private static List<ConsumerGroupMember> members(EntitySet set) {
        return set.list(EntityKind.CONSUMER_GROUP_CONSUMER).stream().map(ConsumerGroupMember.class::cast).toList();
    }

    private static ConsumerGroupMember membership(EntitySet set, UUID consumer, UUID group) {
        return members(set).stream().filter(m -> m.consumerId().equals(consumer) && m.consumerGroupId().equals(group))
                .findFirst().orElse(null);
    }
}
