/**
 * Jobs: what a job is (a name and a pipeline source), how a request for one is read and checked,
 * the service that stores them, and the loader of the sample jobs. No HTTP and no SQL here.
 */
package io.slipway.server.job;
