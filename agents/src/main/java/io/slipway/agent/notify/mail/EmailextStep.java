package io.slipway.agent.notify.mail;

import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.notify.Delivery;
import io.slipway.agent.notify.NotificationException;
import io.slipway.agent.notify.Person;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.util.List;

/**
 * The common subset of Email Extension's {@code emailext(to:, subject:, body:, recipientProviders:,
 * attachLog:, compressLog:, attachmentsPattern:, mimeType:, replyTo:, from:)}. Subject and body default to
 * {@code $DEFAULT_SUBJECT} and {@code $DEFAULT_CONTENT} (then HTML) and expand {@link EmailTokens}.
 * Recipient providers add committers and the requestor; one without an address is skipped with a log line.
 * With no recipient at all, nothing is sent, as in Jenkins.
 */
public final class EmailextStep implements StepExecutor {

    @Override
    public String step() {
        return "emailext";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        EmailTokens tokens = EmailTokens.of(ctx);
        Recipients recipients = new Recipients();
        try {
            recipients.addAll(tokens.expand(call.text("to", "")), Recipients.Kind.TO, "to", true);
        } catch (NotificationException e) {
            return Delivery.deliver(call, ctx, "mail", () -> {
                throw e;
            });
        }
        for (RecipientProvider provider : providers(call)) {
            addProvided(provider, tokens.summary(), recipients, ctx);
        }
        if (recipients.isEmpty()) {
            ctx.log().line("[emailext] An attempt to send an e-mail to an empty list of recipients, ignored.");
            return StepResult.none();
        }
        String body = call.text("body", "$DEFAULT_CONTENT");
        String mimeType = call.text("mimeType", body.contains("DEFAULT_CONTENT") ? "text/html" : "text/plain");
        List<Attachment> attachments = MailAttachments.collect(ctx, call.flag("attachLog", false),
                call.flag("compressLog", false), call.text("attachmentsPattern", null), "emailext");
        MailDraft draft = new MailDraft(recipients, call.text("from", null), call.text("replyTo", null),
                tokens.expand(call.text("subject", "$DEFAULT_SUBJECT")), tokens.expand(body), mimeType, "UTF-8",
                attachments);
        return MailDelivery.send(call, ctx, draft);
    }

    private static List<RecipientProvider> providers(StepCall call) {
        Object value = call.arg("recipientProviders").orElse(List.of());
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        return list.stream().map(item -> {
            if (item instanceof RecipientProvider provider) {
                return provider;
            }
            // server-wide rules write providers as words: "developers" or "developers()"
            for (RecipientProvider provider : RecipientProvider.values()) {
                if (provider.symbol().equals(String.valueOf(item).replace("()", "").strip())) {
                    return provider;
                }
            }
            throw new StepFailure(call.location() + ": emailext: recipientProviders: '" + item
                    + "' is not a recipient provider; use developers(), requestor() or culprits()");
        }).toList();
    }

    private static void addProvided(RecipientProvider provider, BuildSummary summary, Recipients recipients,
            StepContext ctx) {
        List<Person> people = switch (provider) {
            case DEVELOPERS -> summary.developers();
            case CULPRITS -> summary.culprits();
            case REQUESTOR -> summary.requestor() == null ? List.of() : List.of(summary.requestor());
        };
        if (provider == RecipientProvider.REQUESTOR && (people.isEmpty() || !people.get(0).hasEmail())) {
            ctx.log().line("[emailext] requestor(): no e-mail address is known for the user who started the build ("
                    + summary.cause() + "); skipped");
            return;
        }
        if (people.isEmpty()) {
            ctx.log().line("[emailext] " + provider + ": no committers"
                    + (provider == RecipientProvider.DEVELOPERS ? " in this build's changes" : " since the last successful build"));
        }
        for (Person person : people) {
            if (!person.hasEmail()) {
                ctx.log().line("[emailext] " + provider + ": " + person.name() + " has no e-mail address; skipped");
                continue;
            }
            try {
                recipients.add(Recipients.parse(person.email(), provider.toString()), Recipients.Kind.TO);
            } catch (NotificationException e) {
                ctx.log().line("[emailext] " + provider + ": " + e.getMessage() + "; skipped");
            }
        }
    }
}
