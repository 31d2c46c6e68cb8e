package io.slipway.agent.notify.chat;

import java.util.Optional;
import java.util.Set;

/**
 * The chat robots the server knows, by kind ({@code dingtalk}, {@code wxwork}) and id, offered through
 * {@link io.slipway.agent.step.BuildExtensions}. Thread-safe.
 */
public interface ChatRobots {

    Optional<ChatRobot> find(String kind, String id);

    /** The ids of a kind, for "no robot 'x' (robots: a, b)" messages. */
    Set<String> ids(String kind);
}
