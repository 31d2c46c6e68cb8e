package io.slipway.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.plugin.ratelimit.RateLimitStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredPluginsTest {

    private static int counter;

    private static PluginInstance plugin(String name, Map<String, ?> config, String service, String route, String consumer) {
        return new PluginInstance("p-" + (++counter), name, PluginRegistry.validate(name, config), true,
                service, route, consumer);
    }

    private static ConfiguredPlugins configured(PluginInstance... instances) {
        ConsumerIndex consumers = ConsumerIndex.builder()
                .consumer("alice", "alice", null).keyAuth("k-a", "alice", "ka")
                .consumer("bob", "bob", null).keyAuth("k-b", "bob", "kb").build();
        return new ConfiguredPlugins(List.of(instances), consumers, new RateLimitStore());
    }

    private static String limitSeen(List<Filter> chain, AuthenticatedConsumer who) {
        TestExchange e = TestExchange.get("/").as(who).run(chain).upstreamResponds(200, new DefaultHttpHeaders(), "");
        return e.responseHeaders.get("X-RateLimit-Limit-Hour");
    }

    @Test
    void filtersRunInKongsPriorityOrder() {
        ConfiguredPlugins plugins = configured(
                plugin("rate-limiting", Map.of("hour", 5), null, null, null),
                plugin("cors", Map.of(), null, null, null),
                plugin("key-auth", Map.of(), null, null, null),
                plugin("acl", Map.of("allow", List.of("x")), null, null, null),
                plugin("prometheus", Map.of(), null, null, null));
        assertThat(plugins.filtersFor("r1", "s1")).extracting(Filter::name)
                .containsExactly("cors", "key-auth", "acl", "rate-limiting");
        assertThat(plugins.prometheus(null, null)).isPresent();
    }

    @Test
    void routeBeatsServiceBeatsGlobal() {
        ConfiguredPlugins plugins = configured(
                plugin("rate-limiting", Map.of("hour", 100), null, null, null),
                plugin("rate-limiting", Map.of("hour", 50), "s1", null, null),
                plugin("rate-limiting", Map.of("hour", 10), null, "r1", null));
        assertThat(limitSeen(plugins.filtersFor("r1", "s1"), null)).isEqualTo("10");
        assertThat(limitSeen(plugins.filtersFor("r2", "s1"), null)).isEqualTo("50");
        assertThat(limitSeen(plugins.filtersFor("r3", "s2"), null)).isEqualTo("100");
        assertThat(plugins.filtersFor("r1", "s1")).hasSize(1);
    }

    @Test
    void consumerScopedInstancesApplyOnlyToThatConsumer() {
        ConfiguredPlugins plugins = configured(
                plugin("rate-limiting", Map.of("hour", 100), "s1", null, null),
                plugin("rate-limiting", Map.of("hour", 7), null, null, "alice"));
        List<Filter> chain = plugins.filtersFor("r1", "s1");
        AuthenticatedConsumer alice = new AuthenticatedConsumer("alice", "alice", null, "k-a", List.of());
        AuthenticatedConsumer bob = new AuthenticatedConsumer("bob", "bob", null, "k-b", List.of());
        assertThat(limitSeen(chain, alice)).isEqualTo("7");
        assertThat(limitSeen(chain, bob)).isEqualTo("100");
        assertThat(limitSeen(chain, null)).isEqualTo("100");
    }

    @Test
    void routeAndServiceTogetherBeatAConsumerAlone() {
        ConfiguredPlugins plugins = configured(
                plugin("rate-limiting", Map.of("hour", 20), "s1", "r1", null),
                plugin("rate-limiting", Map.of("hour", 7), null, null, "alice"),
                plugin("rate-limiting", Map.of("hour", 3), null, "r1", "alice"));
        AuthenticatedConsumer alice = new AuthenticatedConsumer("alice", "alice", null, "k-a", List.of());
        assertThat(limitSeen(plugins.filtersFor("r1", "s1"), alice)).isEqualTo("3");
        assertThat(limitSeen(plugins.filtersFor("r2", "s1"), alice)).isEqualTo("7");
        ConfiguredPlugins without = configured(
                plugin("rate-limiting", Map.of("hour", 20), "s1", "r1", null),
                plugin("rate-limiting", Map.of("hour", 7), null, null, "alice"));
        assertThat(limitSeen(without.filtersFor("r1", "s1"), alice)).isEqualTo("20");
    }

    @Test
    void aPluginOnlyForOneConsumerLeavesOthersAlone() {
        ConfiguredPlugins plugins = configured(plugin("ip-restriction", Map.of("deny", List.of("0.0.0.0/0")), null, null, "bob"));
        List<Filter> chain = plugins.filtersFor("r1", "s1");
        AuthenticatedConsumer alice = new AuthenticatedConsumer("alice", "alice", null, "k-a", List.of());
        AuthenticatedConsumer bob = new AuthenticatedConsumer("bob", "bob", null, "k-b", List.of());
        assertThat(TestExchange.get("/").as(alice).run(chain).passed).isTrue();
        assertThat(TestExchange.get("/").as(bob).run(chain).status).isEqualTo(403);
    }

    @Test
    void disabledPluginsAndOtherRoutesPluginsDoNotApply() {
        PluginInstance enabled = plugin("key-auth", Map.of(), null, "r9", null);
        PluginInstance disabled = new PluginInstance("p-off", "cors", PluginRegistry.validate("cors", Map.of()), false,
                null, null, null);
        assertThat(configured(enabled, disabled).filtersFor("r1", "s1")).isEmpty();
    }
}
