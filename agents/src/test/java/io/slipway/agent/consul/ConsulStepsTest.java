package io.slipway.agent.consul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.agent.release.TestBuild;
import io.slipway.testsupport.consul.FakeConsul;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** consulRegister and consulDeregister through consul-client against FakeConsul, the shared Consul-compatible fake. */
class ConsulStepsTest {

    @TempDir
    Path dir;

    private final ConsulRegistry registry = new ConsulRegistry();
    private final ConsulRegisterStep register = new ConsulRegisterStep(registry);
    private final ConsulDeregisterStep deregister = new ConsulDeregisterStep(registry);
    private FakeConsul consul;

    @BeforeEach
    void start() throws Exception {
        consul = new FakeConsul();
    }

    @AfterEach
    void stop() {
        consul.close();
    }

    private TestBuild build(String name) {
        return new TestBuild(dir.resolve(name)).with(ConsulSettings.class, ConsulSettings.of(consul.url()));
    }

    private static Map<String, Object> green() {
        return Map.of("service", "shop", "id", "shop-green", "address", "127.0.0.1", "port", 8082,
                "tags", List.of("green", "v2"), "check", Map.of("http", "http://127.0.0.1:8082/health", "interval", "5s"));
    }

    @Test
    void registerPutsTheInstanceWithItsHealthCheckIntoTheFakeConsul() throws Exception {
        TestBuild build = build("register");

        build.run(register, green());

        assertThat(consul.instances()).containsExactly(
                new FakeConsul.Instance("shop-green", "shop", "127.0.0.1", 8082, List.of("green", "v2"), true));
        var sent = consul.registration("shop-green").orElseThrow();
        assertThat(sent.path("Check").path("HTTP").asText()).isEqualTo("http://127.0.0.1:8082/health");
        assertThat(sent.path("Check").path("Interval").asText()).isEqualTo("5s");
        var change = build.changes.get(0);
        assertThat(change.kind()).isEqualTo("consul.service");
        assertThat(change.target()).isEqualTo("shop-green");
        assertThat(change.before()).isNull();
        assertThat(change.after()).contains("\"port\":8082").contains("\"interval\":\"5s\"");
    }

    @Test
    void registeringTheSameInstanceAgainChangesNothing() throws Exception {
        build("first").run(register, green());
        TestBuild again = build("again");

        again.run(register, green());

        assertThat(again.changes).isEmpty();
        assertThat(again.logText()).contains("already registered as requested");
    }

    @Test
    void aChangedPortIsRegisteredAndWhatWasThereBeforeRecorded() throws Exception {
        build("first").run(register, green());
        TestBuild build = build("second");
        var moved = new java.util.HashMap<>(green());
        moved.put("port", 9090);

        build.run(register, moved);

        assertThat(consul.instances()).singleElement().extracting(FakeConsul.Instance::port).isEqualTo(9090);
        assertThat(build.changes.get(0).before()).contains("\"port\":8082").contains("\"http\":\"http://127.0.0.1:8082/health\"");
    }

    @Test
    void deregisterRemovesTheInstanceAndRecordsIt() throws Exception {
        build("first").run(register, green());
        TestBuild build = build("second");

        build.run(deregister, Map.of("id", "shop-green"));

        assertThat(consul.instances()).isEmpty();
        assertThat(build.changes.get(0).before()).contains("\"service\":\"shop\"");
        assertThat(build.changes.get(0).after()).isNull();
    }

    @Test
    void deregisteringAnUnknownIdIsNoErrorAndRecordsNothing() throws Exception {
        TestBuild build = build("gone");
        build.run(deregister, Map.of("id", "nobody"));
        assertThat(build.changes).isEmpty();
        assertThat(build.logText()).contains("'nobody' is not registered");
    }

    @Test
    void badArgumentsAreRefusedWithTheArgumentNamed() {
        TestBuild build = build("bad");
        assertThatThrownBy(() -> build.run(register, Map.of("service", "shop", "port", 70000)))
                .hasMessage("Jenkinsfile:1:1: consulRegister: argument 'port' must be a whole number from 1 to 65535, was '70000'");
        assertThatThrownBy(() -> build.run(register, Map.of("service", "shop", "port", 80,
                "check", Map.of("http", "http://127.0.0.1/h", "interval", "often"))))
                .hasMessageContaining("argument 'check': 'interval' must be a duration such as '10s' or '1m', was 'often'");
        assertThatThrownBy(() -> build.run(register, Map.of("service", "shop")))
                .hasMessageContaining("missing argument 'port'");
        assertThat(consul.instances()).isEmpty();
    }

    @Test
    void aBuildWithoutConsulSettingsFailsSayingSo() {
        TestBuild build = new TestBuild(dir);
        assertThatThrownBy(() -> build.run(register, green())).hasMessageContaining("this build offers no ConsulSettings");
    }
}
