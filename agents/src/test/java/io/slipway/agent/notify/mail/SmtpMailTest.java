package io.slipway.agent.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.slipway.agent.notify.DeliveryPolicy;
import io.slipway.agent.release.TestBuild;
import io.slipway.agent.step.StepFailure;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mail steps against GreenMail on 127.0.0.1: SMTP AUTH from a credential, refused logins, attachments. */
class SmtpMailTest {

    private static final String PASSWORD = "smtp-pass-9876";

    @TempDir
    Path root;
    GreenMail smtp;
    TestBuild build;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        smtp.setUser("ci@127.0.0.1", "ci-user", PASSWORD);
        build = new TestBuild(root)
                .with(MailSettings.class, new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "ci@127.0.0.1",
                        false, false, "smtp-login", Duration.ofSeconds(5), "slipway.test"))
                .with(DeliveryPolicy.class, new DeliveryPolicy(3, Duration.ofMillis(10)));
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void mailLogsInWithTheCredentialAndMasksItsPasswordInTheMessage() throws Exception {
        build.credential("smtp-login", "usernamePassword", Map.of("username", "ci-user", "password", PASSWORD));
        build.run(new MailStep(), Map.of("to", "dev@127.0.0.1", "subject", "release",
                "body", "password was " + PASSWORD));

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("password was ****")
                .doesNotContain(PASSWORD);
        assertThat(build.logText()).contains("[mail] Mail sent via 127.0.0.1:" + smtp.getSmtp().getPort()
                + " to dev@127.0.0.1: release");
    }

    @Test
    void aRefusedLoginIsNotRetriedAndFailOnErrorFailsTheStep() {
        build.credential("smtp-login", "usernamePassword", Map.of("username", "ci-user", "password", "wrong-pass-1"));
        assertThatThrownBy(() -> build.run(new MailStep(), Map.of("to", "dev@127.0.0.1", "subject", "s", "body", "b",
                "failOnError", true)))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("mail was not sent: the SMTP server 127.0.0.1:" + smtp.getSmtp().getPort()
                        + " refused the login of user 'ci-user'")
                .hasMessageNotContaining("wrong-pass-1");
        assertThat(build.logText()).doesNotContain("attempt 1 of 3");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMissingCredentialOrSenderOrAddressIsLoggedAndTheStepSucceeds() throws Exception {
        build.run(new MailStep(), Map.of("to", "dev@127.0.0.1", "subject", "s", "body", "b"));
        build.credential("smtp-login", "usernamePassword", Map.of("username", "ci-user", "password", PASSWORD));
        build.run(new MailStep(), Map.of("to", "dev@@127.0.0.1", "subject", "s", "body", "b"));
        build.run(new MailStep(), Map.of("subject", "s", "body", "b"));
        assertThat(build.logText())
                .contains("[mail] WARNING: mail was not sent: SMTP login: no credential with id 'smtp-login'")
                .contains("[mail] WARNING: mail was not sent: 'to': 'dev@@127.0.0.1' is not an e-mail address")
                .contains("[mail] WARNING: mail was not sent: no recipients of any kind were given ('to', 'cc', 'bcc')");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredTlsIsNeverDowngradedToAPlainConnection() throws Exception {
        int port = smtp.getSmtp().getPort();
        for (boolean ssl : new boolean[] {false, true}) {
            TestBuild tls = new TestBuild(root.resolve(ssl ? "ssl" : "starttls"))
                    .credential("smtp-login", "usernamePassword", Map.of("username", "ci-user", "password", PASSWORD))
                    .with(MailSettings.class, new MailSettings("127.0.0.1", port, "ci@127.0.0.1", !ssl, ssl,
                            "smtp-login", Duration.ofSeconds(5), "slipway.test"))
                    .with(DeliveryPolicy.class, new DeliveryPolicy(2, Duration.ofMillis(10)));
            tls.run(new MailStep(), Map.of("to", "dev@127.0.0.1", "subject", "s", "body", "b"));
            assertThat(tls.logText()).contains(ssl
                    ? "[mail] WARNING: mail was not sent: TLS with the SMTP server 127.0.0.1:" + port + " failed"
                    : "[mail] WARNING: mail was not sent: the SMTP server 127.0.0.1:" + port
                            + " does not offer STARTTLS, which the settings require (SLIPWAY_SMTP_STARTTLS)")
                    .doesNotContain("attempt 1 of 2").doesNotContain(PASSWORD);
        }
        // GreenMail's plain port neither completes a TLS handshake nor gets the mail in clear
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void emailextAttachesWorkspaceFilesMatchingThePattern() throws Exception {
        build.credential("smtp-login", "usernamePassword", Map.of("username", "ci-user", "password", PASSWORD));
        Files.createDirectories(build.workspace().resolve("reports"));
        Files.writeString(build.workspace().resolve("reports/junit.html"), "<h1>42 tests</h1>");
        Files.writeString(build.workspace().resolve("reports/notes.txt"), "not attached");
        build.run(new EmailextStep(), Map.of("to", "dev@127.0.0.1, bcc:audit@127.0.0.1", "subject", "reports",
                "body", "see attached", "attachmentsPattern", "reports/*.html, missing/*.xml"));

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart attached = parts.getBodyPart(1);
        assertThat(attached.getFileName()).isEqualTo("junit.html");
        assertThat(new String(attached.getInputStream().readAllBytes())).isEqualTo("<h1>42 tests</h1>");
        assertThat(List.of(mail.getAllRecipients()).toString()).doesNotContain("audit");
    }
}
