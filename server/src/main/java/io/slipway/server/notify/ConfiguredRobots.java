package io.slipway.server.notify;

import io.slipway.agent.notify.chat.ChatRobot;
import io.slipway.agent.notify.chat.ChatRobots;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The chat robots of {@code notifications.json} ({@code dingtalk.robots}), by kind and id. */
record ConfiguredRobots(Map<String, Map<String, ChatRobot>> robots) implements ChatRobots {

    @Override
    public Optional<ChatRobot> find(String kind, String id) {
        return Optional.ofNullable(robots.getOrDefault(kind, Map.of()).get(id));
    }

    @Override
    public Set<String> ids(String kind) {
        return new TreeSet<>(robots.getOrDefault(kind, Map.of()).keySet());
    }
}
