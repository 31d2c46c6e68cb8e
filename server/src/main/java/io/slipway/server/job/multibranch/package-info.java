/**
 * Multibranch projects: a job of kind {@code multibranch} discovers the branches of its repository that hold
 * a Jenkinsfile and keeps one sub-job per branch ({@code project/branch}, the branch name encoded as Jenkins'
 * {@code NameEncoder} does), builds a new branch's head once, follows pushes and periodic scans, and retires
 * a sub-job whose branch is gone. Sub-jobs are ordinary jobs of {@code server.job}; no HTTP here.
 */
package io.slipway.server.job.multibranch;
