package io.slipway.dsl.validate;

import java.util.Set;

/**
 * The step names a pipeline may call. The validator reports a step that is not in the catalog; an
 * implementation decides which names exist (Jenkins' standard steps, Slipway's release steps, the steps of
 * the agents' executor registry). Implementations are immutable and safe to share between threads.
 */
public interface StepCatalog {

    boolean isKnown(String step);

    /** Every known name, for "did you mean" hints. */
    Set<String> names();
}
