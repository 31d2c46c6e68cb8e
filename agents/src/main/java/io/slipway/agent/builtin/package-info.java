/**
 * The basic step executors: {@code sh} aside (in {@code agent.shell}), the steps that need nothing but
 * the workspace and the log: echo, error, dir, withEnv, retry, timeout, sleep, files, catchError,
 * unstable. None of them keeps state between calls.
 */
package io.slipway.agent.builtin;
