package io.slipway.server;

import io.slipway.server.auth.ApiTokens;
import io.slipway.server.config.ServerSettings;
import io.slipway.server.store.Database;
import io.slipway.server.store.TokenStore;
import java.time.Clock;
import java.util.Optional;

/**
 * The database chain of a server start (run beside the rest, see {@link SlipwayServer#start}): the database
 * opened with its schema current, and the admin's API token in place, its first Jdbi statements, which are the
 * slow ones (Jdbi builds its SqlObject machinery on first use).
 *
 * @param generatedAdminToken the token generated on a first start without {@code SLIPWAY_ADMIN_TOKEN}, shown once
 */
record OpenedDatabase(Database database, ApiTokens tokens, Optional<String> generatedAdminToken) {

    static OpenedDatabase open(ServerSettings settings, Clock clock) {
        Database database = Database.open(settings);
        try {
            ApiTokens tokens = new ApiTokens(database.store(TokenStore.class), clock);
            return new OpenedDatabase(database, tokens, tokens.bootstrapAdmin(settings.adminToken()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
