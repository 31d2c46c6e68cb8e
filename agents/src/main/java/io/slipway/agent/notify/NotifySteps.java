package io.slipway.agent.notify;

import io.slipway.agent.notify.chat.ChatNotifyStep;
import io.slipway.agent.notify.chat.DingTalkStep;
import io.slipway.agent.notify.chat.SlackSendStep;
import io.slipway.agent.notify.chat.TeamsStep;
import io.slipway.agent.notify.chat.WeComStep;
import io.slipway.agent.notify.mail.EmailextStep;
import io.slipway.agent.notify.mail.MailStep;
import io.slipway.agent.notify.mail.RecipientProviderStep;
import io.slipway.agent.step.StepExecutor;
import java.util.ArrayList;
import java.util.List;

/** Every notification step: mail, emailext and its recipient providers, and the chat steps. */
public final class NotifySteps {

    private NotifySteps() {
    }

    public static List<StepExecutor> all() {
        List<StepExecutor> steps = new ArrayList<>(List.of(new MailStep(), new EmailextStep(), new SlackSendStep(),
                new DingTalkStep(), new WeComStep(), new TeamsStep(), new ChatNotifyStep()));
        steps.addAll(RecipientProviderStep.all());
        return List.copyOf(steps);
    }
}
