package io.slipway.agent.notify.mail;

import io.slipway.agent.log.SecretMasker;
import io.slipway.agent.notify.Delivery;
import io.slipway.agent.notify.NotificationException;
import io.slipway.agent.notify.NotifyCredentials;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepResult;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Sends a {@link MailDraft} with the server's {@link MailSettings} under the build's delivery policy:
 * checks the settings, sender, MIME type and charset, masks every secret in subject and body, and logs
 * who got the mail (bcc only counted). Shared by {@code mail} and {@code emailext}.
 */
final class MailDelivery {

    private MailDelivery() {
    }

    static StepResult send(StepCall call, StepContext ctx, MailDraft draft) throws InterruptedException {
        return Delivery.deliver(call, ctx, "mail", () -> {
            MailSettings settings = ctx.services().extensions().find(MailSettings.class)
                    .filter(MailSettings::configured)
                    .orElseThrow(() -> NotificationException.permanent(
                            "no SMTP server is configured (set SLIPWAY_SMTP_HOST, or smtp.host in notifications.json)"));
            String user = null;
            String password = null;
            if (settings.credentialsId() != null) {
                String[] login = NotifyCredentials.usernamePassword(ctx, settings.credentialsId(), "SMTP login");
                user = login[0];
                password = login[1];
            }
            // after the login is read: its password is masked in subject and body too
            MailMessage mail = message(draft, settings, ctx.services().masker());
            SmtpSender.send(mail, settings, user, password);
            return "Mail sent via " + settings.address() + " to " + list(mail.to())
                    + (mail.cc().isEmpty() ? "" : ", cc " + list(mail.cc()))
                    + (mail.bcc().isEmpty() ? "" : ", bcc " + mail.bcc().size() + " recipient(s)")
                    + ": " + mail.subject()
                    + (mail.attachments().isEmpty() ? "" : " (" + mail.attachments().size() + " attachment(s))");
        });
    }

    private static MailMessage message(MailDraft draft, MailSettings settings, SecretMasker masker)
            throws NotificationException {
        if (draft.recipients().isEmpty()) {
            throw NotificationException.permanent("no recipients of any kind were given ('to', 'cc', 'bcc')");
        }
        String fromText = draft.from() != null && !draft.from().isBlank() ? draft.from() : settings.from();
        if (fromText == null || fromText.isBlank()) {
            throw NotificationException.permanent(
                    "no sender: give 'from', or set SLIPWAY_SMTP_FROM (smtp.from in notifications.json)");
        }
        InternetAddress from = Recipients.parse(fromText, "from");
        List<InternetAddress> replyTo = draft.replyTo() == null || draft.replyTo().isBlank() ? List.of()
                : List.of(Recipients.parse(draft.replyTo(), "replyTo"));
        String mimeType = mimeType(draft.mimeType());
        String charset = charset(draft.charset());
        return new MailMessage(from, replyTo, draft.recipients().of(Recipients.Kind.TO),
                draft.recipients().of(Recipients.Kind.CC), draft.recipients().of(Recipients.Kind.BCC),
                masker.mask(draft.subject()).replaceAll("[\r\n]+", " "), masker.mask(draft.body()), mimeType, charset,
                draft.attachments());
    }

    private static String mimeType(String value) throws NotificationException {
        String type = value == null || value.isBlank() ? "text/plain" : value.strip().toLowerCase(Locale.ROOT);
        if (!type.equals("text/plain") && !type.equals("text/html")) {
            throw NotificationException.permanent("'mimeType' must be text/plain or text/html, was '" + value + "'");
        }
        return type;
    }

    private static String charset(String value) throws NotificationException {
        String name = value == null || value.isBlank() ? "UTF-8" : value.strip();
        try {
            return Charset.forName(name).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw NotificationException.permanent("'charset': unknown character set '" + name + "'");
        }
    }

    private static String list(List<InternetAddress> addresses) {
        return addresses.stream().map(InternetAddress::getAddress).collect(Collectors.joining(", "));
    }
}
