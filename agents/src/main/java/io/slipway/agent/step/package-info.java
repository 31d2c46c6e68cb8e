/**
 * The step runtime: the {@link io.slipway.agent.step.StepExecutor} contract, the call, context and
 * result types, and the registry. The executors themselves live in sub-packages by what they drive
 * ({@code step.core} for the basic steps). Nothing here parses a Jenkinsfile or knows the server.
 */
package io.slipway.agent.step;
