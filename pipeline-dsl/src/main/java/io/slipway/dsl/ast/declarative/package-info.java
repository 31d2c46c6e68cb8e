/**
 * The declarative pipeline as written: what the readers in {@code io.slipway.dsl.parse.declarative} found
 * in the Groovy syntax tree, section by section, before any meaning is checked. Values stay Groovy
 * expressions here; names the validator may reject (unknown option, unknown condition) are kept as
 * written so that every problem can be reported with its place. Nothing here is consumed by the engine:
 * it reads {@code io.slipway.dsl.model}.
 */
package io.slipway.dsl.ast.declarative;
