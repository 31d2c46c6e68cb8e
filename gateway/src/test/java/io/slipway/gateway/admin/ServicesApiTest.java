package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesApiTest {

    @TempDir
    Path data;
    GatewayNode node;
    AdminClient admin;

    @BeforeEach
    void start() {
        node = GatewayNode.start(GatewaySettings.loopback(data));
        admin = new AdminClient(node.adminUrl());
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void kongTutorialFormCreatesAServiceFromItsUrl() {
        // curl -i -X POST http://localhost:8001/services --data name=example_service --data url='http://httpbin.org'
        var created = admin.form("POST", "/services", "name=example_service", "url=http://127.0.0.1");
        assertThat(created.status()).isEqualTo(201);
        var service = created.json();
        assertThat(service.get("name").asText()).isEqualTo("example_service");
        assertThat(service.get("protocol").asText()).isEqualTo("http");
        assertThat(service.get("host").asText()).isEqualTo("127.0.0.1");
        assertThat(service.get("port").asInt()).isEqualTo(80);
        assertThat(service.get("path").isNull()).isTrue();
        assertThat(service.get("retries").asInt()).isEqualTo(5);
        assertThat(service.get("connect_timeout").asInt()).isEqualTo(60000);
        assertThat(service.get("enabled").asBoolean()).isTrue();
        assertThat(service.get("tags").isNull()).isTrue();
        assertThat(service.get("created_at").isIntegralNumber()).isTrue();

        var byName = admin.get("/services/example_service");
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().get("id")).isEqualTo(service.get("id"));
        assertThat(admin.get("/services/" + service.get("id").asText()).json().get("name").asText())
                .isEqualTo("example_service");
    }
}
