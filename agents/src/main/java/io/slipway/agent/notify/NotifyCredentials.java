package io.slipway.agent.notify;

import io.slipway.agent.step.CredentialLookup.StepCredential;
import io.slipway.agent.step.StepContext;

/**
 * Reads the stored credentials notification steps name ({@code tokenCredentialId}, a webhook URL kept as a
 * secret text, SMTP user and password) and registers their values with the build's secret masker before
 * anything can print them.
 */
public final class NotifyCredentials {

    private NotifyCredentials() {
    }

    /** The value of a {@code string} (secret text) credential. */
    public static String secretText(StepContext ctx, String id, String role) throws NotificationException {
        StepCredential credential = find(ctx, id, role);
        if (!credential.type().equals("string")) {
            throw NotificationException.permanent(role + ": credential '" + id + "' is of type '" + credential.type()
                    + "', but a secret text (type 'string') is needed");
        }
        String value = credential.fields().get("secret");
        ctx.services().masker().add(value);
        return value;
    }

    /** The username and password of a {@code usernamePassword} credential, as {@code [username, password]}. */
    public static String[] usernamePassword(StepContext ctx, String id, String role) throws NotificationException {
        StepCredential credential = find(ctx, id, role);
        if (!credential.type().equals("usernamePassword")) {
            throw NotificationException.permanent(role + ": credential '" + id + "' is of type '" + credential.type()
                    + "', but type 'usernamePassword' is needed");
        }
        String password = credential.fields().get("password");
        ctx.services().masker().add(password);
        return new String[] {credential.fields().get("username"), password};
    }

    private static StepCredential find(StepContext ctx, String id, String role) throws NotificationException {
        return ctx.services().credentials().find(id).orElseThrow(() ->
                NotificationException.permanent(role + ": no credential with id '" + id + "'"));
    }
}
