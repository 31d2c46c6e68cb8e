/**
 * Builds the model ({@code io.slipway.dsl.model}) from a declarative tree that passed validation. It never
 * fails on such input: every value it reads was checked by {@code io.slipway.dsl.validate}. Only the
 * compiler uses this package; the engine and agents read the model.
 */
package io.slipway.dsl.model.build;
