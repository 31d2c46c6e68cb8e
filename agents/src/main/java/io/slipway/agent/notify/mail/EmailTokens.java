package io.slipway.agent.notify.mail;

import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.step.StepContext;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email Extension's tokens in subjects and bodies: {@code $DEFAULT_SUBJECT} ({@code order-service #12
 * FAILURE}), {@code $DEFAULT_CONTENT} (the server's HTML template), {@code $PROJECT_NAME},
 * {@code $BUILD_NUMBER}, {@code $BUILD_STATUS}, {@code $BUILD_URL}, {@code $CAUSE}, also written
 * {@code ${NAME}}; then the build's environment variables. Unknown names stay as written. One pass: text a
 * token expands to is not expanded again.
 */
final class EmailTokens {

    private static final Pattern TOKEN = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

    private final BuildSummary summary;
    private final Supplier<String> defaultContent;
    private final Map<String, String> env;

    EmailTokens(BuildSummary summary, Supplier<String> defaultContent, Map<String, String> env) {
        this.summary = summary;
        this.defaultContent = defaultContent;
        this.env = env;
    }

    /** The tokens of the build {@code ctx} belongs to. */
    static EmailTokens of(StepContext ctx) {
        BuildSummary summary = BuildSummary.of(ctx);
        String plain = summary.defaultSubject() + (summary.url() == null ? "" : "\n" + summary.url());
        Supplier<String> content = () -> ctx.services().extensions().find(MailTemplates.class).map(t -> {
            try {
                return t.defaultContent(summary);
            } catch (RuntimeException e) {
                // A broken template must not cost the mail: say why and send the plain summary.
                ctx.log().line("[emailext] the mail template failed, sending a plain summary instead: " + e.getMessage());
                return plain;
            }
        }).orElse(plain);
        return new EmailTokens(summary, content, ctx.env());
    }

    BuildSummary summary() {
        return summary;
    }

    String expand(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = value(name);
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String name) {
        return switch (name) {
            case "DEFAULT_SUBJECT" -> summary.defaultSubject();
            case "DEFAULT_CONTENT" -> defaultContent.get();
            case "PROJECT_NAME", "PROJECT_DISPLAY_NAME", "JOB_NAME" -> summary.job();
            case "BUILD_NUMBER" -> Integer.toString(summary.number());
            case "BUILD_STATUS" -> summary.status();
            case "BUILD_URL" -> summary.url() == null ? "" : summary.url();
            case "CAUSE" -> summary.cause();
            case "DEFAULT_RECIPIENTS", "DEFAULT_REPLYTO", "DEFAULT_PRESEND_SCRIPT", "DEFAULT_POSTSEND_SCRIPT" -> "";
            default -> env.get(name);
        };
    }
}
