package io.slipway.gateway.plugin.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IpRestrictionFilterTest {

    private static IpRestrictionFilter filter(Map<String, ?> config) {
        return new IpRestrictionFilter(PluginRegistry.validate("ip-restriction", config));
    }

    @ParameterizedTest
    @CsvSource({
            "10.0.0.0/8, 10.200.3.4, true",
            "10.0.0.0/8, 11.0.0.1, false",
            "127.0.0.1, 127.0.0.1, true",
            "127.0.0.1, 127.0.0.2, false",
            "192.168.1.0/24, 192.168.1.255, true",
            "192.168.1.0/24, 192.168.2.0, false",
            "0.0.0.0/0, 8.8.8.8, true",
            "2001:db8::/32, 2001:db8:ffff::1, true",
            "2001:db8::/32, 2001:db9::1, false",
            "::1, ::1, true",
            "fe80::/10, febf::1, true",
            "fe80::/10, fec0::1, false",
            "2001:db8::1:0:0:1/128, 2001:db8::1:0:0:1, true",
    })
    void allowListMatchesAddressesAndRanges(String range, String client, boolean allowed) {
        TestExchange e = TestExchange.get("/").from(client).run(filter(Map.of("allow", List.of(range))));
        assertThat(e.passed).isEqualTo(allowed);
        if (!allowed) {
            assertThat(e.status).isEqualTo(403);
            assertThat(e.body()).isEqualTo("{\"message\":\"Your IP address is not allowed\"}");
        }
    }

    @Test
    void denyWinsOverAllow() {
        IpRestrictionFilter f = filter(Map.of("allow", List.of("10.0.0.0/8"), "deny", List.of("10.1.0.0/16")));
        assertThat(TestExchange.get("/").from("10.2.0.1").run(f).passed).isTrue();
        assertThat(TestExchange.get("/").from("10.1.0.1").run(f).passed).isFalse();
    }

    @Test
    void statusAndMessageAreConfigurable() {
        TestExchange e = TestExchange.get("/").from("1.2.3.4")
                .run(filter(Map.of("deny", List.of("1.2.3.0/24"), "status", 401, "message", "go away")));
        assertThat(e.status).isEqualTo(401);
        assertThat(e.body()).isEqualTo("{\"message\":\"go away\"}");
    }

    @Test
    void manyEntriesStillMatchExactly() {
        List<String> ranges = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ranges.add("10." + (i / 256) + "." + (i % 256) + ".0/24");
        }
        IpRestrictionFilter f = filter(Map.of("allow", ranges));
        assertThat(TestExchange.get("/").from("10.7.207.9").run(f).passed).isTrue();
        assertThat(TestExchange.get("/").from("10.7.208.9").run(f).passed).isFalse();
    }
}
