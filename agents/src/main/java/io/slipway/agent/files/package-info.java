/** Steps that keep workspace files beyond the build's workspace: archived artifacts. */
package io.slipway.agent.files;
