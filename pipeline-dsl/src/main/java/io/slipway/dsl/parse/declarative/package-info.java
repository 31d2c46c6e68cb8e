/**
 * Declarative readers: one small class per directive, turning the Groovy syntax tree of a Jenkinsfile
 * into the declarative nodes of {@code io.slipway.dsl.ast.declarative}. They report structure (a missing
 * {@code pipeline} block, an unknown or misplaced section, a section of the wrong shape) and always read
 * on, so that every problem of a file is reported at once. Meaning (unknown step, duplicate stage, bad
 * cron) is the validator's job, not theirs.
 */
package io.slipway.dsl.parse.declarative;
