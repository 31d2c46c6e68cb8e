package io.slipway.agent.notify.mail;

import io.slipway.agent.notify.NotificationException;
import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one {@link MailMessage} over SMTP with jakarta.mail: plain, STARTTLS (required when asked) or
 * implicit TLS, with SMTP AUTH when a user is given, and bounded timeouts. Failures become
 * {@link NotificationException}s saying what went wrong with which server, never with the password;
 * unreachable servers and temporary SMTP errors may be retried, refused logins and addresses not.
 * Stateless and thread-safe: each call opens its own session.
 */
final class SmtpSender {

    private SmtpSender() {
    }

    /** Sends {@code mail}; {@code user} and {@code password} are null without SMTP AUTH. */
    static void send(MailMessage mail, MailSettings settings, String user, String password)
            throws NotificationException {
        Properties props = properties(settings, user != null);
        // With mail.from set, the Message-ID does not need the local host's name either.
        props.put("mail.from", mail.from().getAddress());
        Session session = Session.getInstance(props);
        try {
            MimeMessage message = message(session, mail);
            Transport.send(message, user, password);
        } catch (AuthenticationFailedException e) {
            throw NotificationException.permanent("the SMTP server " + settings.address()
                    + " refused the login of user '" + user + "'");
        } catch (SendFailedException e) {
            throw NotificationException.permanent("the SMTP server " + settings.address()
                    + " refused the recipients: " + firstLine(e.getMessage()));
        } catch (MessagingException e) {
            throw describe(e, settings);
        } catch (IOException e) {
            throw NotificationException.permanent("cannot build the mail: " + e.getMessage());
        }
    }

    private static Properties properties(MailSettings settings, boolean auth) {
        Properties props = new Properties();
        String millis = Long.toString(settings.timeout().toMillis());
        String prefix = "mail.smtp.";
        props.put(prefix + "host", settings.host());
        props.put(prefix + "port", Integer.toString(settings.port()));
        props.put(prefix + "connectiontimeout", millis);
        props.put(prefix + "timeout", millis);
        props.put(prefix + "writetimeout", millis);
        props.put(prefix + "auth", Boolean.toString(auth));
        props.put(prefix + "localhost", settings.heloName());
        if (settings.ssl()) {
            props.put("mail.smtp.ssl.enable", "true");
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (settings.startTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return props;
    }

    private static MimeMessage message(Session session, MailMessage mail) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(mail.from());
        if (!mail.replyTo().isEmpty()) {
            message.setReplyTo(mail.replyTo().toArray(InternetAddress[]::new));
        }
        message.setRecipients(Message.RecipientType.TO, mail.to().toArray(InternetAddress[]::new));
        message.setRecipients(Message.RecipientType.CC, mail.cc().toArray(InternetAddress[]::new));
        message.setRecipients(Message.RecipientType.BCC, mail.bcc().toArray(InternetAddress[]::new));
        message.setSubject(mail.subject(), mail.charset());
        message.setSentDate(new Date());
        String contentType = mail.mimeType() + "; charset=" + mail.charset();
        if (mail.attachments().isEmpty()) {
            message.setContent(mail.body(), contentType);
        } else {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setContent(mail.body(), contentType);
            parts.addBodyPart(text);
            for (Attachment attachment : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.contentType())));
                part.setFileName(attachment.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        message.saveChanges();
        return message;
    }

    private static NotificationException describe(MessagingException e, MailSettings settings) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String where = "the SMTP server " + settings.address();
        if (cause instanceof ConnectException) {
            return NotificationException.transientFailure("cannot connect to " + where + ": " + cause.getMessage());
        }
        if (cause instanceof SocketTimeoutException) {
            return NotificationException.transientFailure(where + " did not answer within "
                    + settings.timeout().toSeconds() + " s");
        }
        if (cause instanceof UnknownHostException) {
            return NotificationException.permanent("unknown SMTP host '" + settings.host() + "'");
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return NotificationException.permanent("TLS with " + where + " failed: " + firstLine(cause.getMessage()));
        }
        String text = firstLine(e.getMessage());
        if (settings.startTls() && text.contains("STARTTLS")) {
            return NotificationException.permanent(where + " does not offer STARTTLS, which the settings require"
                    + " (SLIPWAY_SMTP_STARTTLS); nothing was sent in clear");
        }
        // 4xx replies are temporary by SMTP's own definition; 5xx are not.
        boolean temporary = text.matches("^4\\d\\d.*");
        return new NotificationException(where + " refused the mail: " + text, temporary || cause instanceof IOException);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "(no reason given)";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
