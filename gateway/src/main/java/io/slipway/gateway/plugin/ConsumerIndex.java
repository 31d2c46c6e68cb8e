package io.slipway.gateway.plugin;

import io.slipway.gateway.filter.AuthenticatedConsumer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consumers and their credentials, indexed once per configuration change for the authentication
 * plugins: API key to consumer, JWT key to secret, basic-auth username to hash, consumer to groups.
 * Every {@link AuthenticatedConsumer} is built here, once, so authenticating a request allocates
 * nothing. Immutable after {@link Builder#build()}; safe to share between event loops.
 */
public final class ConsumerIndex {

    /** A consumer's JWT credential ({@code /consumers/{c}/jwt}); {@code algorithm} as Kong names it. */
    public record JwtSecret(String id, String consumerId, String key, String secret, String algorithm,
                            String rsaPublicKey) {}

    /** A basic-auth credential; {@code passwordHash} is a bcrypt hash, never the password. */
    public record BasicCredential(String id, String consumerId, String username, String passwordHash) {}

    /** An identified request: the consumer as the authenticated credential presents it. */
    public record Match<T>(T credential, AuthenticatedConsumer consumer) {}

    private final Map<String, AuthenticatedConsumer> byKey;
    private final Map<String, Match<JwtSecret>> jwtByKey;
    private final Map<String, Match<BasicCredential>> basicByUsername;
    private final Map<String, AuthenticatedConsumer> anonymousByIdOrName;

    private ConsumerIndex(Map<String, AuthenticatedConsumer> byKey, Map<String, Match<JwtSecret>> jwtByKey,
                          Map<String, Match<BasicCredential>> basicByUsername,
                          Map<String, AuthenticatedConsumer> anonymousByIdOrName) {
        this.byKey = byKey;
        this.jwtByKey = jwtByKey;
        this.basicByUsername = basicByUsername;
        this.anonymousByIdOrName = anonymousByIdOrName;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static ConsumerIndex empty() {
        return builder().build();
    }

    /** The consumer whose key-auth credential is {@code key}, or null. */
    public AuthenticatedConsumer byApiKey(String key) {
        return byKey.get(key);
    }

    /** The JWT credential whose {@code key} (the token's {@code iss} by default) is {@code key}, or null. */
    public Match<JwtSecret> jwtByKey(String key) {
        return jwtByKey.get(key);
    }

    public Match<BasicCredential> basicByUsername(String username) {
        return basicByUsername.get(username);
    }

    /** Every JWT credential, for plugins that compile verifiers per configuration. */
    public List<Match<JwtSecret>> jwtSecrets() {
        return List.copyOf(jwtByKey.values());
    }

    /** The consumer named by an {@code anonymous} setting (id or username), without a credential. */
    public Optional<AuthenticatedConsumer> anonymous(String idOrUsername) {
        return Optional.ofNullable(anonymousByIdOrName.get(idOrUsername));
    }

    /** Collects consumers and credentials; credentials of unknown consumers are skipped. */
    public static final class Builder {
        private record ConsumerRow(String id, String username, String customId) {}

        private final Map<String, ConsumerRow> consumers = new LinkedHashMap<>();
        private final Map<String, List<String>> groups = new HashMap<>();
        private final Map<String, List<String>> consumerGroups = new HashMap<>();
        private final List<String[]> keys = new ArrayList<>();
        private final List<JwtSecret> jwts = new ArrayList<>();
        private final List<BasicCredential> basics = new ArrayList<>();

        public Builder consumer(String id, String username, String customId) {
            consumers.put(id, new ConsumerRow(id, username, customId));
            return this;
        }

        public Builder keyAuth(String credentialId, String consumerId, String key) {
            keys.add(new String[] {credentialId, consumerId, key});
            return this;
        }

        public Builder jwt(JwtSecret secret) {
            jwts.add(secret);
            return this;
        }

        public Builder basicAuth(BasicCredential credential) {
            basics.add(credential);
            return this;
        }

        /** Records that the consumer is a member of the consumer group named {@code groupName}. */
        public Builder consumerGroup(String consumerId, String groupName) {
            consumerGroups.computeIfAbsent(consumerId, k -> new ArrayList<>()).add(groupName);
            return this;
        }

        public Builder aclGroup(String consumerId, String group) {
            groups.computeIfAbsent(consumerId, k -> new ArrayList<>()).add(group);
            return this;
        }

        public ConsumerIndex build() {
            Map<String, AuthenticatedConsumer> byKey = new HashMap<>();
            for (String[] k : keys) {
                AuthenticatedConsumer c = present(k[1], k[0]);
                if (c != null) {
                    byKey.put(k[2], c);
                }
            }
            Map<String, Match<JwtSecret>> jwtByKey = new HashMap<>();
            for (JwtSecret s : jwts) {
                AuthenticatedConsumer c = present(s.consumerId(), s.id());
                if (c != null) {
                    jwtByKey.put(s.key(), new Match<>(s, c));
                }
            }
            Map<String, Match<BasicCredential>> basicByUsername = new HashMap<>();
            for (BasicCredential b : basics) {
                AuthenticatedConsumer c = present(b.consumerId(), b.id());
                if (c != null) {
                    basicByUsername.put(b.username(), new Match<>(b, c));
                }
            }
            Map<String, AuthenticatedConsumer> anonymous = new HashMap<>();
            for (ConsumerRow row : consumers.values()) {
                AuthenticatedConsumer c = present(row.id(), null);
                if (row.username() != null) {
                    anonymous.putIfAbsent(row.username(), c);
                }
                anonymous.put(row.id(), c);
            }
            return new ConsumerIndex(Map.copyOf(byKey), Map.copyOf(jwtByKey), Map.copyOf(basicByUsername),
                    Map.copyOf(anonymous));
        }

        private AuthenticatedConsumer present(String consumerId, String credentialId) {
            ConsumerRow row = consumers.get(consumerId);
            if (row == null) {
                return null;
            }
            return new AuthenticatedConsumer(row.id(), row.username(), row.customId(), credentialId,
                    groups.getOrDefault(row.id(), List.of()), consumerGroups.getOrDefault(row.id(), List.of()));
        }
    }
}
