/**
 * Mail from a build: Jenkins' {@code mail} step, the common subset of Email Extension's {@code emailext}
 * with its recipient providers ({@code developers()}, {@code requestor()}, {@code culprits()}) and
 * tokens, sent over SMTP with jakarta.mail (Eclipse Angus). The engine offers {@link
 * io.slipway.agent.notify.mail.MailSettings} (the SMTP server) and {@link
 * io.slipway.agent.notify.mail.MailTemplates} (the default HTML body); the steps never read server files.
 */
package io.slipway.agent.notify.mail;
