/**
 * Kubernetes pod agents ({@code agent { kubernetes { ... } }}): the pod spec a build asks for (its
 * {@code yaml}, {@code yamlFile} and the named templates of {@code inheritFrom}, merged as Jenkins' Kubernetes
 * plugin merges them) with the Slipway agent container added, and the launcher that creates the pod and its
 * token secret through fabric8's client, watches it until its agent connects and deletes both afterwards.
 * Nothing here runs steps: the pod's agent connects to the server like any remote agent.
 */
package io.slipway.server.kube;
