/**
 * Running builds: the dispatcher's local executor, each running build's control (abort, inputs), and
 * the pipeline runner that walks the validated model stage by stage, calling step executors through
 * the expression interpreter. No HTTP here; the store is reached only through its interfaces.
 */
package io.slipway.server.run;
