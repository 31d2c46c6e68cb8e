/**
 * SCM polling: {@code triggers { pollSCM(...) }} and Jenkins' {@code /git/notifyCommit}. A poll is one
 * JGit {@code ls-remote} of the job's repository; a new commit on the job's branch queues one build
 * ("Started by an SCM change"). The last seen commit per branch and a bounded poll log are stored; a failing
 * remote is retried with exponential backoff. Timing is {@code trigger.schedule}'s; no HTTP here.
 */
package io.slipway.server.trigger.poll;
