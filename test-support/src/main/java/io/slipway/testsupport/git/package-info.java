/**
 * A Git fixture repository builder for tests: real repositories on disk, written and committed with
 * JGit, cloned by the code under test through {@code file://} URLs. Test scopes only.
 */
package io.slipway.testsupport.git;
