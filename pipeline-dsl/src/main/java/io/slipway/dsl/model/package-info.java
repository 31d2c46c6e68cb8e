/**
 * The validated pipeline that the engine and the agents consume: typed, immutable records built only
 * from a pipeline that passed validation, so nothing here needs to re-check what a user wrote. Groovy
 * syntax appears only where the engine must evaluate at run time (interpolated values, step arguments,
 * {@code script} blocks, {@code expression} conditions). Nothing here knows how the file was parsed.
 */
package io.slipway.dsl.model;
