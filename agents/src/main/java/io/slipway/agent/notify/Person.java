package io.slipway.agent.notify;

import java.util.Objects;

/** Someone a notification may go to: a committer or the user who started a build. {@code email} may be null. */
public record Person(String name, String email) {

    public Person {
        Objects.requireNonNull(name, "name");
    }

    /** Whether an e-mail address is known. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
