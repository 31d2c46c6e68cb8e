/**
 * The evaluator of the Groovy subset that Jenkinsfiles use in {@code when { expression { } }}, step
 * arguments and {@code script { }} blocks, with Groovy's semantics for numbers, equality, truth,
 * strings, lists, maps, ranges and closures, and without a Groovy runtime.
 * <p>
 * Callers use four public pieces: {@link io.slipway.dsl.expr.Interpreter} runs and evaluates AST
 * nodes, {@link io.slipway.dsl.expr.EvalContext} supplies {@code params}, {@code env},
 * {@code currentBuild} and the {@link io.slipway.dsl.expr.StepInvoker} that runs steps, and
 * {@link io.slipway.dsl.expr.ExpressionChecker} reports before a build what the interpreter cannot
 * evaluate. Everything else in this package is package-private; nothing here runs a process, reads a
 * file or opens a connection: steps do that, behind the invoker.
 */
package io.slipway.dsl.expr;
