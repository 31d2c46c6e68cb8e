package io.slipway.agent.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingLogSinkTest {

    @Test
    void everyOccurrenceOfEverySecretIsReplacedByStars() {
        List<String> lines = new ArrayList<>();
        var masker = new SecretMasker();
        masker.add("hunter2");
        masker.add("bob:hunter2-long");
        var sink = new MaskingLogSink(lines::add, masker);
        sink.line("password hunter2 and again hunter2");
        sink.line("pair bob:hunter2-long");
        assertThat(lines).containsExactly("password **** and again ****", "pair ****");
    }

    @Test
    void eachLineOfAMultiLineSecretIsMaskedOnItsOwn() {
        var masker = new SecretMasker();
        masker.add("-----BEGIN KEY-----\nAAAABBBBCCCC\n-----END KEY-----");
        assertThat(masker.mask("AAAABBBBCCCC")).isEqualTo("****");
    }

    @Test
    void blankAndTinyValuesAreNotTreatedAsSecrets() {
        var masker = new SecretMasker();
        masker.add("");
        masker.add("a");
        assertThat(masker.mask("a plain line")).isEqualTo("a plain line");
    }
}
