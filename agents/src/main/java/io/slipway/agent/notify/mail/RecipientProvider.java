package io.slipway.agent.notify.mail;

/**
 * Email Extension's recipient providers that Slipway knows, as {@code recipientProviders: [developers(),
 * requestor(), culprits()]} writes them: the committers of this build's changes, the user who started
 * the build, the committers since the last successful build.
 */
public enum RecipientProvider {
    DEVELOPERS("developers"), REQUESTOR("requestor"), CULPRITS("culprits");

    private final String symbol;

    RecipientProvider(String symbol) {
        this.symbol = symbol;
    }

    /** The call that stands for this provider in a Jenkinsfile. */
    public String symbol() {
        return symbol;
    }

    @Override
    public String toString() {
        return symbol + "()";
    }
}
