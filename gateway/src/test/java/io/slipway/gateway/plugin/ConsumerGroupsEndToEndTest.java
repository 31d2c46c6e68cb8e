package io.slipway.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import io.slipway.gateway.admin.AdminClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kong's consumer groups on a real node: members managed from either side with Kong's bodies, plugins
 * scoped to a group applying to its members only (a rate limit per customer tier), over real HTTP.
 */
class ConsumerGroupsEndToEndTest {

    @TempDir
    Path data;
    private GatewayNode node;
    private AdminClient admin;
    private EchoServer upstream;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        upstream = new EchoServer();
        node = GatewayNode.start(GatewaySettings.loopback(data));
        admin = new AdminClient(node.adminUrl());
        ok(admin.form("POST", "/services", "name=shop", "url=http://127.0.0.1:" + upstream.port()), 201);
        ok(admin.form("POST", "/services/shop/routes", "name=shop", "paths[]=/shop"), 201);
        ok(admin.form("POST", "/services/shop/plugins", "name=key-auth"), 201);
        for (String user : List.of("gina", "gus", "sam")) {
            ok(admin.form("POST", "/consumers", "username=" + user), 201);
            ok(admin.form("POST", "/consumers/" + user + "/key-auth", "key=" + user + "-key"), 201);
        }
    }

    @AfterEach
    void stop() {
        node.close();
        upstream.close();
    }

    private static AdminClient.Response ok(AdminClient.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        return response;
    }

    private HttpResponse<String> proxy(String key) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.proxyPort() + "/shop/x"))
                .header("apikey", key).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Statuses of {@code n} requests as {@code key}, once the proxy serves the rate limit (bounded wait). */
    private List<Integer> statuses(String key, int n) throws Exception {
        var response = proxy(key);
        for (int i = 0; i < 100 && response.headers().firstValue("X-RateLimit-Limit-Minute").isEmpty(); i++) {
            Thread.sleep(100);
            response = proxy(key);
        }
        List<Integer> out = new ArrayList<>(List.of(response.statusCode()));
        for (int i = 1; i < n; i++) out.add(proxy(key).statusCode());
        return out;
    }

    @Test
    void membersAreManagedFromEitherSideWithKongsBodies() {
        var gold = ok(admin.post("/consumer_groups", "{\"name\":\"gold\",\"tags\":[\"tier\"]}"), 201).json();
        assertThat(gold.get("name").asText()).isEqualTo("gold");

        var added = ok(admin.post("/consumer_groups/gold/consumers", "{\"consumer\":[\"gina\",\"gus\"]}"), 201).json();
        assertThat(added.at("/consumer_group/name").asText()).isEqualTo("gold");
        assertThat(added.get("consumers")).extracting(c -> c.get("username").asText()).containsExactly("gina", "gus");
        var again = admin.post("/consumer_groups/gold/consumers", "{\"consumer\":\"gina\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).isEqualTo("Consumer 'gina' already in group '" + gold.get("id").asText() + "'");
        assertThat(admin.post("/consumer_groups/gold/consumers", "{\"consumer\":\"nobody\"}").json().get("message").asText())
                .isEqualTo("Consumer 'nobody' not found");
        assertThat(admin.post("/consumer_groups/gold/consumers", "{}").status()).isEqualTo(400);

        ok(admin.post("/consumer_groups", "{\"name\":\"silver\"}"), 201);
        var viaConsumer = ok(admin.form("POST", "/consumers/sam/consumer_groups", "group=silver"), 201).json();
        assertThat(viaConsumer.at("/consumer_groups/0/name").asText()).isEqualTo("silver");
        assertThat(viaConsumer.at("/consumer/username").asText()).isEqualTo("sam");

        var group = ok(admin.get("/consumer_groups/gold"), 200).json();
        assertThat(group.at("/consumer_group/name").asText()).isEqualTo("gold");
        assertThat(group.get("consumers")).hasSize(2);
        assertThat(group.get("plugins")).isEmpty();
        assertThat(ok(admin.get("/consumers/gina/consumer_groups"), 200).json().get("consumer_groups"))
                .extracting(g -> g.get("name").asText()).containsExactly("gold");
        assertThat(ok(admin.get("/consumers/gina/consumer_groups/gold"), 200).json().at("/consumer_group/name").asText())
                .isEqualTo("gold");
        assertThat(ok(admin.get("/consumer_groups/gold/consumers/gus"), 200).json().at("/consumer/username").asText())
                .isEqualTo("gus");
        assertThat(admin.get("/consumer_groups/gold/consumers/sam").status()).isEqualTo(404);
        assertThat(admin.get("/consumer_groups/platinum").json().get("message").asText()).isEqualTo("Group 'platinum' not found");
        assertThat(admin.get("/consumer_groups").json().get("data")).hasSize(2);
        assertThat(admin.get("/tags/tier").json().at("/data/0/entity_name").asText()).isEqualTo("consumer_groups");

        ok(admin.delete("/consumers/gina/consumer_groups/gold"), 204);
        assertThat(admin.get("/consumer_groups/gold/consumers").json().get("consumers")).hasSize(1);
        ok(admin.delete("/consumers/gus"), 204);
        assertThat(admin.get("/consumer_groups/gold/consumers").json().get("consumers"))
                .as("a deleted consumer leaves its groups").isEmpty();
        ok(admin.delete("/consumer_groups/silver"), 204);
        assertThat(admin.get("/consumers/sam/consumer_groups").json().get("consumer_groups")).isEmpty();
    }

    @Test
    void aRateLimitScopedToAGroupAppliesToItsMembersAndOthersKeepTheServiceWideOne() throws Exception {
        ok(admin.form("POST", "/plugins", "name=rate-limiting", "service=shop", "config.minute=2"), 201);
        ok(admin.post("/consumer_groups", "{\"name\":\"gold\"}"), 201);
        ok(admin.post("/consumer_groups/gold/consumers", "{\"consumer\":\"gina\"}"), 201);
        var scoped = ok(admin.form("POST", "/consumer_groups/gold/plugins", "name=rate-limiting", "config.minute=5"), 201).json();
        assertThat(scoped.at("/consumer_group/id").asText()).isNotEmpty();
        assertThat(ok(admin.get("/consumer_groups/gold"), 200).json().get("plugins")).hasSize(1);

        assertThat(statuses("gina-key", 6)).as("gold: 5 a minute").containsExactly(200, 200, 200, 200, 200, 429);
        var ginaHeaders = proxy("gina-key").headers();
        assertThat(ginaHeaders.firstValue("X-RateLimit-Limit-Minute")).hasValue("5");
        assertThat(statuses("sam-key", 3)).as("not in the group: the service's 2 a minute").containsExactly(200, 200, 429);

        ok(admin.delete("/consumer_groups/gold/consumers/gina"), 204);
        var afterLeaving = proxy("gina-key");
        for (int i = 0; i < 100 && !"2".equals(afterLeaving.headers().firstValue("X-RateLimit-Limit-Minute").orElse("")); i++) {
            Thread.sleep(100);
            afterLeaving = proxy("gina-key");
        }
        assertThat(afterLeaving.headers().firstValue("X-RateLimit-Limit-Minute")).as("left the group").hasValue("2");
    }

    @Test
    void theAclPluginCanAllowByConsumerGroupWhenAskedTo() throws Exception {
        ok(admin.post("/consumer_groups", "{\"name\":\"gold\"}"), 201);
        ok(admin.post("/consumer_groups/gold/consumers", "{\"consumer\":\"gina\"}"), 201);
        ok(admin.post("/services/shop/plugins",
                "{\"name\":\"acl\",\"config\":{\"allow\":[\"gold\"],\"include_consumer_groups\":true}}"), 201);
        var sam = proxy("sam-key");
        for (int i = 0; i < 100 && sam.statusCode() != 403; i++) {
            Thread.sleep(100);
            sam = proxy("sam-key");
        }
        assertThat(sam.statusCode()).as("not in gold").isEqualTo(403);
        var gina = proxy("gina-key");
        assertThat(gina.statusCode()).isEqualTo(200);
        assertThat(gina.body()).contains("\"x-consumer-groups\":\"gold\"");

        ok(admin.patch("/plugins/" + aclId(), "{\"config\":{\"include_consumer_groups\":false}}"), 200);
        var withoutGroups = proxy("gina-key");
        for (int i = 0; i < 100 && withoutGroups.statusCode() != 403; i++) {
            Thread.sleep(100);
            withoutGroups = proxy("gina-key");
        }
        assertThat(withoutGroups.statusCode()).as("groups no longer count").isEqualTo(403);
    }

    private String aclId() {
        for (var plugin : admin.get("/plugins").json().get("data")) {
            if (plugin.get("name").asText().equals("acl")) return plugin.get("id").asText();
        }
        throw new AssertionError("no acl plugin");
    }

    @Test
    void authenticationPluginsCannotBeScopedToAGroup() {
        ok(admin.post("/consumer_groups", "{\"name\":\"gold\"}"), 201);
        var refused = admin.form("POST", "/consumer_groups/gold/plugins", "name=key-auth");
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void declarativeConsumerGroupsLoadWithMembersAndPluginsAndExportTheSameWay() throws Exception {
        String file = """
                _format_version: "3.0"
                services:
                  - name: shop
                    url: http://127.0.0.1:%d
                    routes:
                      - name: shop
                        paths: ["/shop"]
                    plugins:
                      - name: key-auth
                      - name: rate-limiting
                        config: { minute: 1 }
                consumer_groups:
                  - name: gold
                    plugins:
                      - name: rate-limiting
                        config: { minute: 3 }
                consumers:
                  - username: gina
                    keyauth_credentials: [{ key: gina-key }]
                    groups: [{ name: gold }]
                  - username: sam
                    keyauth_credentials: [{ key: sam-key }]
                """.formatted(upstream.port());
        var loaded = admin.send("POST", "/config", "application/yaml", file);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(201);

        assertThat(statuses("gina-key", 4)).containsExactly(200, 200, 200, 429);
        assertThat(statuses("sam-key", 2)).containsExactly(200, 429);

        String export = admin.get("/config").json().get("config").asText();
        assertThat(export).contains("consumer_groups:").contains("groups:").contains("name: gold");
        var reloaded = admin.send("POST", "/config", "application/yaml", export);
        assertThat(reloaded.status()).as("the export loads back: " + reloaded.text()).isEqualTo(201);
        assertThat(admin.get("/consumer_groups/gold/consumers").json().get("consumers")).hasSize(1);
    }
}
