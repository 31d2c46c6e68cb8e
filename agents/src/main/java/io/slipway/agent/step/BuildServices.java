package io.slipway.agent.step;

import io.slipway.agent.log.LogSink;
import io.slipway.agent.log.SecretMasker;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the engine offers every step of one build. All parts are thread-safe.
 *
 * @param log the build's log (already masking)
 * @param masker the secrets masked in the log; {@code withCredentials} adds to it
 * @param cancellation whether the build was aborted
 * @param changes where world-changing steps record what they changed
 * @param credentials stored credentials by id
 * @param inputs where {@code input} waits for a person
 * @param buildDir a folder of this build outside the workspace (artifacts, stashes, test reports)
 * @param extensions further services looked up by type (build identity, gateway nodes, mail settings...)
 */
public record BuildServices(LogSink log, SecretMasker masker, Cancellation cancellation, ChangeLog changes,
        CredentialLookup credentials, InputGate inputs, Path buildDir, BuildExtensions extensions) {

    public BuildServices {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(masker, "masker");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(buildDir, "buildDir");
        Objects.requireNonNull(extensions, "extensions");
    }

    /** Services without extensions. */
    public BuildServices(LogSink log, SecretMasker masker, Cancellation cancellation, ChangeLog changes,
            CredentialLookup credentials, InputGate inputs, Path buildDir) {
        this(log, masker, cancellation, changes, credentials, inputs, buildDir, BuildExtensions.none());
    }

    /** The same services with {@code other} extensions. */
    public BuildServices withExtensions(BuildExtensions other) {
        return new BuildServices(log, masker, cancellation, changes, credentials, inputs, buildDir, other);
    }

    /** The same services with another cancellation (post blocks run even after an abort). */
    public BuildServices withCancellation(Cancellation other) {
        return new BuildServices(log, masker, other, changes, credentials, inputs, buildDir, extensions);
    }

    /** The same services logging to {@code other}. */
    public BuildServices withLog(LogSink other) {
        return new BuildServices(other, masker, cancellation, changes, credentials, inputs, buildDir, extensions);
    }
}
