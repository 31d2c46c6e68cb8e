package io.slipway.agent.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.agent.notify.NotificationException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Address lists as Jenkins users write them in {@code to}, {@code cc} and {@code bcc}. */
class RecipientsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a@x.io, b@x.io                      | a@x.io;b@x.io",
        "a@x.io b@x.io;c@x.io               | a@x.io;b@x.io;c@x.io",
        "Jane Doe <jane@x.io>, bob@x.io     | Jane Doe <jane@x.io>;bob@x.io",
        "'\"Doe, Jane\" <jane@x.io>'        | \"Doe, Jane\" <jane@x.io>",
        "'  a@x.io ,, ;  '                  | a@x.io",
    })
    void listsSplitOnCommasSemicolonsAndSpacesButNotInsideNames(String list, String expected) {
        assertThat(Recipients.split(list)).containsExactlyElementsOf(List.of(expected.split(";")));
    }

    @Test
    void emailextPrefixesChooseTheListAndEachAddressAppearsOnce() throws NotificationException {
        Recipients recipients = new Recipients();
        recipients.addAll("dev@x.io, cc:lead@x.io, bcc:audit@x.io, DEV@x.io", Recipients.Kind.TO, "to", true);
        recipients.addAll("lead@x.io", Recipients.Kind.BCC, "bcc", false);

        assertThat(recipients.of(Recipients.Kind.TO)).extracting(InternetAddress::getAddress).containsExactly("dev@x.io");
        assertThat(recipients.of(Recipients.Kind.CC)).extracting(InternetAddress::getAddress).containsExactly("lead@x.io");
        assertThat(recipients.of(Recipients.Kind.BCC)).extracting(InternetAddress::getAddress).containsExactly("audit@x.io");
    }

    @Test
    void aMalformedAddressNamesTheArgumentAndTheText() {
        assertThatThrownBy(() -> new Recipients().addAll("ok@x.io, not-an-address", Recipients.Kind.CC, "cc", false))
                .isInstanceOf(NotificationException.class)
                .hasMessage("'cc': 'not-an-address' is not an e-mail address");
    }
}
