/**
 * The image steps ({@code dockerBuild}, {@code dockerPush}) through docker-java with its httpclient5 transport,
 * against the engine the server names in {@link io.slipway.agent.docker.DockerSettings} ({@code DOCKER_HOST},
 * by default the local socket). {@link io.slipway.agent.docker.ImageReference} reads image names the way Docker
 * does. Plain {@code sh 'docker build ...'} does not pass through here: it runs in the shell as before.
 */
package io.slipway.agent.docker;
