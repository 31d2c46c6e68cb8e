package io.slipway.gateway.config;

import java.util.List;
import java.util.UUID;

/** What every configuration entity has: an id and tags (null when none were given, as in Kong). */
public sealed interface Entity
        permits Service, Route, Upstream, Target, Consumer, KeyAuthCredential, JwtCredential,
        BasicAuthCredential, AclGroup, Plugin, Certificate, Sni, ConsumerGroup, ConsumerGroupMember {

    UUID id();

    List<String> tags();

    /** Kong's timestamps are whole seconds since the epoch. */
    static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
