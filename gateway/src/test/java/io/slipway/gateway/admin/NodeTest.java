package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Starts a real node on loopback (H2 in a temporary folder) for each test, with an Admin API client. */
abstract class NodeTest {

    @TempDir
    Path data;
    GatewayNode node;
    AdminClient admin;

    @BeforeEach
    void startNode() {
        node = GatewayNode.start(GatewaySettings.loopback(data));
        admin = new AdminClient(node.adminUrl());
    }

    @AfterEach
    void stopNode() {
        if (node != null) node.close();
    }

    /** Creates an entity with a JSON body and returns it; fails the test when the answer is not 201. */
    JsonNode created(String path, String json) {
        var response = admin.post(path, json);
        if (response.status() != 201) {
            throw new AssertionError("POST " + path + " answered " + response.status() + ": " + response.text());
        }
        return response.json();
    }

    static String id(JsonNode entity) {
        return entity.get("id").asText();
    }
}
