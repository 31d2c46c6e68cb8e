package io.slipway.agent.step;

import java.util.Map;
import java.util.Optional;

/** Stored credentials as a build sees them, in clear: only {@code withCredentials} asks. */
@FunctionalInterface
public interface CredentialLookup {

    Optional<StepCredential> find(String id);

    /**
     * A credential's type word ({@code string}, {@code usernamePassword}, {@code file}, {@code sshKey})
     * and secret fields ({@code secret}; {@code username}, {@code password}; {@code content},
     * {@code fileName}; {@code privateKey}, {@code username}, {@code passphrase}).
     */
    record StepCredential(String id, String type, Map<String, String> fields) {
        public StepCredential {
            fields = Map.copyOf(fields);
        }

        @Override
        public String toString() {
            return "StepCredential[" + id + ", " + type + "]";
        }
    }
}
