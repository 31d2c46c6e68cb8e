package io.slipway.gateway.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Sorts a mixed collection of entities into one list per kind, keeping their order. */
final class EntitiesByKind {

    final List<Service> services = new ArrayList<>();
    final List<Route> routes = new ArrayList<>();
    final List<Upstream> upstreams = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<Consumer> consumers = new ArrayList<>();
    final List<KeyAuthCredential> keyAuths = new ArrayList<>();
    final List<JwtCredential> jwts = new ArrayList<>();
    final List<BasicAuthCredential> basicAuths = new ArrayList<>();
    final List<AclGroup> acls = new ArrayList<>();
    final List<Plugin> plugins = new ArrayList<>();
    final List<Certificate> certificates = new ArrayList<>();
    final List<Sni> snis = new ArrayList<>();
    final List<ConsumerGroup> consumerGroups = new ArrayList<>();
    final List<ConsumerGroupMember> consumerGroupMembers = new ArrayList<>();

    EntitiesByKind(Collection<? extends Entity> entities) {
        for (Entity entity : entities) {
            if (entity instanceof Service e) services.add(e);
            else if (entity instanceof Route e) routes.add(e);
            else if (entity instanceof Upstream e) upstreams.add(e);
            else if (entity instanceof Target e) targets.add(e);
            else if (entity instanceof Consumer e) consumers.add(e);
            else if (entity instanceof KeyAuthCredential e) keyAuths.add(e);
            else if (entity instanceof JwtCredential e) jwts.add(e);
            else if (entity instanceof BasicAuthCredential e) basicAuths.add(e);
            else if (entity instanceof AclGroup e) acls.add(e);
            else if (entity instanceof Plugin e) plugins.add(e);
            else if (entity instanceof Certificate e) certificates.add(e);
            else if (entity instanceof Sni e) snis.add(e);
            else if (entity instanceof ConsumerGroup e) consumerGroups.add(e);
            else if (entity instanceof ConsumerGroupMember e) consumerGroupMembers.add(e);
        }
    }
}
