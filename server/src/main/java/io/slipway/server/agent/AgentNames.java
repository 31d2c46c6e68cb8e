package io.slipway.server.agent;

import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names agents are shown by: the one given at {@code POST /api/agents}, or the one a connecting agent asks
 * for with {@code --name}. One rule for both (letters, digits, {@code . _ -}, starting with a letter or digit,
 * at most 100), and the messages of the refusals, so that the API, the handshake and tests use the same words.
 */
final class AgentNames {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final String RULE = "must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private AgentNames() {
    }

    /** A 400 naming the field {@code name} when {@code name} breaks the rule; empty when it is fine. */
    static Optional<ApiException> check(String name) {
        if (name != null && NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(ApiException.badRequest("invalid agent name '" + name + "'",
                List.of(new FieldError("name", RULE))));
    }

    /** The 409 for a name that another online agent uses. */
    static ApiException taken(String name) {
        return new ApiException(409, "agent name '" + name + "' is already used by another online agent",
                List.of(new FieldError("name", "'" + name + "' is the name of another online agent")));
    }
}
