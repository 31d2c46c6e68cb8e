package io.slipway.server.credential;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The kinds of credential a user can store, each with the secret fields it needs (required first,
 * then optional). Field names are those of the API's JSON.
 */
public enum CredentialType {
    STRING("string", List.of("secret"), List.of()),
    USERNAME_PASSWORD("usernamePassword", List.of("username", "password"), List.of()),
    FILE("file", List.of("content"), List.of("fileName")),
    SSH_KEY("sshKey", List.of("privateKey"), List.of("username", "passphrase"));

    private final String word;
    private final List<String> required;
    private final List<String> optional;

    CredentialType(String word, List<String> required, List<String> optional) {
        this.word = word;
        this.required = required;
        this.optional = optional;
    }

    /** The word users type in {@code "type"}. */
    public String word() {
        return word;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    /** The type named {@code text}; the message lists the allowed words when none matches. */
    public static CredentialType parse(String text) {
        return Arrays.stream(values()).filter(t -> t.word.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + allowed()));
    }

    public static String allowed() {
        return Arrays.stream(values()).map(t -> "'" + t.word + "'").collect(Collectors.joining(", "));
    }
}
