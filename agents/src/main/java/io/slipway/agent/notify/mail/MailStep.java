package io.slipway.agent.notify.mail;

import io.slipway.agent.notify.Delivery;
import io.slipway.agent.notify.NotificationException;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.util.List;

/**
 * Jenkins' {@code mail(to:, cc:, bcc:, from:, replyTo:, subject:, body:, mimeType:, charset:)}: one mail,
 * plain text unless {@code mimeType: 'text/html'}. An empty subject gets the Jenkins-style default
 * ({@code order-service #12 FAILURE}). A mail that cannot be sent is logged and leaves the build's result
 * as it was, unless {@code failOnError: true}.
 */
public final class MailStep implements StepExecutor {

    @Override
    public String step() {
        return "mail";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        Recipients recipients = new Recipients();
        try {
            recipients.addAll(call.text("to", null), Recipients.Kind.TO, "to", false);
            recipients.addAll(call.text("cc", null), Recipients.Kind.CC, "cc", false);
            recipients.addAll(call.text("bcc", null), Recipients.Kind.BCC, "bcc", false);
        } catch (NotificationException e) {
            NotificationException bad = e;
            return Delivery.deliver(call, ctx, "mail", () -> {
                throw bad;
            });
        }
        String subject = call.text("subject", "");
        if (subject.isBlank()) {
            subject = io.slipway.agent.notify.BuildSummary.of(ctx).defaultSubject();
        }
        MailDraft draft = new MailDraft(recipients, call.text("from", null), call.text("replyTo", null), subject,
                call.text("body", ""), call.text("mimeType", null), call.text("charset", null), List.of());
        return MailDelivery.send(call, ctx, draft);
    }
}
