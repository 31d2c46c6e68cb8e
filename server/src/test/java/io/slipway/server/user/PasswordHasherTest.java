package io.slipway.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void anUnknownUserIsCheckedAgainstARealHashOfTheSameCostSoTheAnswerTimeTellsNothing() {
        BCrypt.Result dummy = BCrypt.verifyer().verify("no such user".getBytes(StandardCharsets.UTF_8),
                PasswordHasher.DUMMY.getBytes(StandardCharsets.UTF_8));
        assertThat(dummy.verified).isTrue();
        assertThat(dummy.details.cost).isEqualTo(10);
        assertThat(new PasswordHasher().verify("no such user", null)).isFalse();
    }

    @Test
    void aHashedPasswordVerifiesAndAnotherDoesNot() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash("s3cret-pass");
        assertThat(hash).startsWith("$2a$10$").doesNotContain("s3cret");
        assertThat(hasher.verify("s3cret-pass", hash)).isTrue();
        assertThat(hasher.verify("s3cret-pasS", hash)).isFalse();
    }
}
