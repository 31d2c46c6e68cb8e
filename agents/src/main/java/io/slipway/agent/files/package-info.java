/**
 * Steps that keep workspace files beyond the build's workspace: archived artifacts and stashes, in the
 * build's folder; and the Ant-style path patterns ({@link AntPattern}) those steps and {@code junit} select
 * files with.
 */
package io.slipway.agent.files;
