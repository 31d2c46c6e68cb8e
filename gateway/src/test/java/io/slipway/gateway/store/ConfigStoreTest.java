package io.slipway.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.gateway.config.Consumer;
import io.slipway.gateway.config.EntityRef;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.KeyAuthCredential;
import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.config.schema.EntityKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoreTest {

    @TempDir
    Path data;

    private StoreSettings h2() {
        return new StoreSettings(data, null, null, null, 1000);
    }

    @Test
    void entitiesSurviveAReopenOfTheSameH2Folder() {
        var service = Service.of("echo", "http", "127.0.0.1", 8080, null);
        String hash;
        try (var store = ConfigStore.open(h2())) {
            store.write(set -> set.insert(service));
            store.write(set -> set.insert(Route.forPaths("r", service.id(), "/echo")));
            hash = store.current().hash();
        }
        try (var store = ConfigStore.open(h2())) {
            assertThat(store.current().serviceByName("echo")).contains(service);
            assertThat(store.current().routesOf(service.id())).hasSize(1);
            assertThat(store.current().hash()).isEqualTo(hash);
        }
    }

    @Test
    void listenersSeeEverySnapshotInCommitOrder() {
        try (var store = ConfigStore.open(h2())) {
            var seen = new ArrayList<GatewayConfig>();
            store.subscribe(seen::add);
            store.write(set -> set.insert(Service.of("a", "http", "127.0.0.1", 1, null)));
            assertThat(seen).hasSize(2);
            assertThat(seen.get(0).hash()).isEqualTo(GatewayConfig.EMPTY.hash());
            assertThat(seen.get(1).services()).hasSize(1);
        }
    }

    @Test
    void duplicateNameIsAUniqueViolationAndChangesNothing() {
        try (var store = ConfigStore.open(h2())) {
            store.write(set -> set.insert(Service.of("a", "http", "127.0.0.1", 1, null)));
            var before = store.current().hash();
            assertThatThrownBy(() -> store.write(set -> set.insert(Service.of("a", "http", "127.0.0.1", 2, null))))
                    .isInstanceOfSatisfying(StoreError.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.getMessage()).isEqualTo("UNIQUE violation detected on '{name=\"a\"}'");
                    });
            assertThat(store.current().hash()).isEqualTo(before);
        }
    }

    @Test
    void deletingAServiceWithRoutesIsRefusedAndAConsumerCascadesItsCredentials() {
        try (var store = ConfigStore.open(h2())) {
            var service = Service.of("a", "http", "127.0.0.1", 1, null);
            var consumer = Consumer.named("alice");
            store.write(set -> {
                set.insert(service);
                set.insert(Route.forPaths(null, service.id(), "/a"));
                set.insert(consumer);
                return set.insert(new KeyAuthCredential(UUID.randomUUID(), new EntityRef(consumer.id()), "k1", null, null, 1));
            });
            assertThatThrownBy(() -> store.write(set -> set.delete(EntityKind.SERVICE, service.id())))
                    .isInstanceOfSatisfying(StoreError.class, e -> assertThat(e.status()).isEqualTo(400));
            store.write(set -> set.delete(EntityKind.CONSUMER, consumer.id()));
            assertThat(store.current().keyAuthByKey("k1")).isEmpty();
        }
        try (var store = ConfigStore.open(h2())) {
            assertThat(store.current().keyAuthCredentials()).isEmpty();
            assertThat(store.current().services()).hasSize(1);
        }
    }

    @Test
    void routeToAMissingServiceIsAForeignKeyViolation() {
        try (var store = ConfigStore.open(h2())) {
            assertThatThrownBy(() -> store.write(set -> set.insert(Route.forPaths(null, UUID.randomUUID(), "/a"))))
                    .isInstanceOfSatisfying(StoreError.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.kongName()).isEqualTo("foreign key violation");
                    });
        }
    }
}
