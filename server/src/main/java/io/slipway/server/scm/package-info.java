/**
 * The server's side of Git: bare mirrors of job repositories, fetched at trigger time to pin the
 * commit of a build and read its Jenkinsfile. Workspace checkouts use {@code io.slipway.agent.scm}.
 */
package io.slipway.server.scm;
