/**
 * Step executors and the remote agent process. Agents receive the validated pipeline model
 * ({@code io.slipway.dsl.model}); they never parse a Jenkinsfile and never touch server classes.
 */
package io.slipway.agent;
