package io.slipway.gateway.plugin.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AclFilterTest {

    private static final AuthenticatedConsumer ADMIN =
            new AuthenticatedConsumer("c-1", "alice", null, "k-1", List.of("admins", "staff"));
    private static final AuthenticatedConsumer GUEST = new AuthenticatedConsumer("c-2", "bob", null, "k-2", List.of("guests"));
    private static final AuthenticatedConsumer ANONYMOUS = new AuthenticatedConsumer("c-3", "anon", null, null, List.of());

    private static AclFilter acl(Map<String, ?> config) {
        return new AclFilter(PluginRegistry.validate("acl", config));
    }

    @Test
    void consumerInAnAllowedGroupPassesWithItsGroupsUpstream() {
        TestExchange e = TestExchange.get("/").as(ADMIN).run(acl(Map.of("allow", List.of("admins"))));
        assertThat(e.passed).isTrue();
        assertThat(e.requestHeaders().get("X-Consumer-Groups")).isEqualTo("admins, staff");
    }

    @Test
    void consumerOutsideTheAllowListIsForbidden() {
        TestExchange e = TestExchange.get("/").as(GUEST).run(acl(Map.of("allow", List.of("admins"))));
        assertThat(e.status).isEqualTo(403);
        assertThat(e.body()).isEqualTo("{\"message\":\"You cannot consume this service\"}");
    }

    @Test
    void consumerInADeniedGroupIsForbiddenOthersPass() {
        AclFilter deny = acl(Map.of("deny", List.of("guests")));
        assertThat(TestExchange.get("/").as(GUEST).run(deny).status).isEqualTo(403);
        assertThat(TestExchange.get("/").as(ADMIN).run(deny).passed).isTrue();
    }

    @Test
    void withoutAConsumerOrAsAnonymousTheAnswerIsUnauthorized() {
        AclFilter allow = acl(Map.of("allow", List.of("admins")));
        assertThat(TestExchange.get("/").run(allow).status).isEqualTo(401);
        assertThat(TestExchange.get("/").as(ANONYMOUS).run(allow).status).isEqualTo(401);
    }

    @Test
    void groupsHeaderCanBeHidden() {
        TestExchange e = TestExchange.get("/").as(ADMIN)
                .run(acl(Map.of("allow", List.of("staff"), "hide_groups_header", true)));
        assertThat(e.passed).isTrue();
        assertThat(e.requestHeaders().contains("X-Consumer-Groups")).isFalse();
    }
}
