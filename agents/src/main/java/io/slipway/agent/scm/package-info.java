/**
 * Source checkout with JGit: the {@code git} and {@code checkout} steps and the fetch-and-reset
 * routine the engine also uses for a build's implicit checkout.
 */
package io.slipway.agent.scm;
