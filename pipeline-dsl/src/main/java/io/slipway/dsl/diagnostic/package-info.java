/**
 * Diagnostics shared by every pass of the pipeline language: a record of place, severity, message and
 * hint, and a collector so that every problem in a file is reported at once.
 */
package io.slipway.dsl.diagnostic;
