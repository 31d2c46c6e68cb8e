package io.slipway.agent.notify.chat;

import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.notify.Delivery;
import io.slipway.agent.notify.ScmChange;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WeCom (企业微信) group robot of the Qy Wechat Notification plugin: {@code qyWechatNotification(webhookUrl:,
 * mentionedId:, mentionedMobile:, moreInfo:, failNotify:, onlyFailSendQyWechatNotify:)}. Sends the build as
 * a {@code markdown} message (job, status, cause, failed stage, changes, {@code moreInfo} or Slipway's
 * {@code message}), then, when people are to be mentioned, a {@code text} message with WeCom's
 * {@code mentioned_list} / {@code mentioned_mobile_list} (markdown cannot mention): always, or only for a
 * failed build with {@code failNotify: true}. {@code onlyFailSendQyWechatNotify: true} sends nothing for a
 * successful build. Slipway also takes {@code webhookCredentialId:} so the URL and its key stay masked.
 */
public final class WeComStep implements StepExecutor {

    @Override
    public String step() {
        return "qyWechatNotification";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        BuildSummary summary = ChatText.summaryOrEnv(ctx);
        boolean failed = !summary.status().equals("SUCCESS");
        if (call.flag("onlyFailSendQyWechatNotify", false) && !failed) {
            ctx.log().line("[qyWechatNotification] build is SUCCESS and onlyFailSendQyWechatNotify is set; nothing sent");
            return StepResult.none();
        }
        return Delivery.deliver(call, ctx, "WeCom message", () -> {
            Webhook webhook = Webhook.resolve(ctx, call, "webhookUrl", "webhookCredentialId");
            String markdown = ctx.services().masker().mask(markdown(call, summary));
            RobotAnswers.check(WebhookPost.json(webhook, Map.of("msgtype", "markdown",
                    "markdown", Map.of("content", markdown)), Map.of()), "WeCom");
            List<String> ids = split(call.text("mentionedId", ""));
            List<String> mobiles = split(call.text("mentionedMobile", ""));
            boolean mention = (!ids.isEmpty() || !mobiles.isEmpty()) && (!call.flag("failNotify", false) || failed);
            if (mention) {
                Map<String, Object> text = new LinkedHashMap<>();
                text.put("content", summary.defaultSubject());
                text.put("mentioned_list", ids);
                text.put("mentioned_mobile_list", mobiles);
                RobotAnswers.check(WebhookPost.json(webhook, Map.of("msgtype", "text", "text", text), Map.of()),
                        "WeCom");
            }
            return "WeCom message sent via " + webhook.origin() + (mention ? " (with mentions)" : "");
        });
    }

    private static String markdown(StepCall call, BuildSummary s) {
        String color = switch (s.status()) {
            case "SUCCESS" -> "info";
            case "FAILURE" -> "warning";
            default -> "comment";
        };
        StringBuilder md = new StringBuilder();
        String title = s.job() + " #" + s.number();
        md.append("**").append(s.url() == null ? title : "[" + title + "](" + s.url() + ")").append("** ")
                .append("<font color=\"").append(color).append("\">").append(s.status()).append("</font>\n");
        md.append("> ").append(s.cause()).append('\n');
        if (s.failedStage() != null) {
            md.append("> Failed stage: ").append(s.failedStage()).append('\n');
        }
        for (ScmChange change : s.changes().stream().limit(5).toList()) {
            md.append("> ").append(change.shortCommit()).append(' ').append(change.message())
                    .append(" (").append(change.committer().name()).append(")\n");
        }
        call.arg("message").ifPresent(m -> md.append(m).append('\n'));
        call.arg("moreInfo").ifPresent(m -> md.append(m).append('\n'));
        return md.toString().strip();
    }

    private static List<String> split(String list) {
        return java.util.Arrays.stream(list.split("[,;\\s]+")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
