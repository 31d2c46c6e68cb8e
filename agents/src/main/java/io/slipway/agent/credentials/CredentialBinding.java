package io.slipway.agent.credentials;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code withCredentials([...])}: which kind of binding ({@code string},
 * {@code usernamePassword}, {@code file}, {@code sshUserPrivateKey}), the credential id, and the
 * variable names by role ({@code variable}, {@code usernameVariable}, {@code passwordVariable},
 * {@code keyFileVariable}, {@code passphraseVariable}).
 */
public record CredentialBinding(String kind, String credentialsId, Map<String, String> variables) {

    public CredentialBinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(credentialsId, "credentialsId");
        variables = Map.copyOf(variables);
    }

    @Override
    public String toString() {
        return kind + "(credentialsId: '" + credentialsId + "')";
    }
}
