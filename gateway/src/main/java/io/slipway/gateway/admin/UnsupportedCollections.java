package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * Kong collections this node does not implement (CA certificates, vaults, keys and key sets): listing
 * them answers an empty page, as a Kong node without any would, so that decK's dump and sync, which list
 * every collection of a 3.x node, work; any write is refused with a 400 that names what is missing,
 * and any single entity is a 404 (there is none).
 */
final class UnsupportedCollections {

    static final List<String> PATHS = List.of("/ca_certificates", "/vaults", "/keys", "/key-sets");

    private UnsupportedCollections() {}

    static void register(PathRouter router) {
        for (String path : PATHS) {
            String what = path.substring(1);
            router.add("GET", path, call -> {
                Paging.size(call.queryParam("size"));            // same 400 as other lists for a bad size
                var body = JsonNodeFactory.instance.objectNode();
                body.putArray("data");
                body.putNull("next");
                return Reply.json(200, body);
            });
            router.add("GET", path + "/{id}", call -> {
                throw ApiError.notFound();
            });
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                router.add(method, method.equals("POST") ? path : path + "/{id}", call -> {
                    throw ApiError.message(400, "'" + what + "' are not supported by the Slipway gateway");
                });
            }
        }
    }
}
