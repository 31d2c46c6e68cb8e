package io.slipway.agent.notify.chat;

/**
 * A chat robot configured on the server under an id, as the DingTalk plugin's {@code robot: 'id'} names
 * it: its webhook URL, given in clear ({@code webhookUrl}) or as the id of a secret-text credential
 * ({@code webhookCredentialId}, then masked everywhere), and the id of the secret-text credential holding
 * its signing secret ({@code secretCredentialId}, null when the robot does not sign).
 */
public record ChatRobot(String id, String webhookUrl, String webhookCredentialId, String secretCredentialId) {

    public ChatRobot {
        java.util.Objects.requireNonNull(id, "id");
        if ((webhookUrl == null) == (webhookCredentialId == null)) {
            throw new IllegalArgumentException("robot '" + id + "': give exactly one of webhookUrl and webhookCredentialId");
        }
    }
}
