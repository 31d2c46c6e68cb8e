package io.slipway.agent.log;

import java.util.Objects;

/** A log sink that masks every secret of its {@link SecretMasker} before passing a line on. */
public final class MaskingLogSink implements LogSink {

    private final LogSink target;
    private final SecretMasker masker;

    public MaskingLogSink(LogSink target, SecretMasker masker) {
        this.target = Objects.requireNonNull(target, "target");
        this.masker = Objects.requireNonNull(masker, "masker");
    }

    public SecretMasker masker() {
        return masker;
    }

    @Override
    public void line(String text) {
        target.line(masker.mask(text));
    }
}
