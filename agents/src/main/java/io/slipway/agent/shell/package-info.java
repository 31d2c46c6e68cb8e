/** The {@code sh} step: bash scripts as processes, their output pumped into the build log. */
package io.slipway.agent.shell;
