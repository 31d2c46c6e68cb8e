/**
 * The command-line commands of {@code slipway.jar}: one class per command, each with a static
 * {@code run(String[] args)} that returns the process exit code and prints to standard output/error.
 */
package io.slipway.server.cli;
