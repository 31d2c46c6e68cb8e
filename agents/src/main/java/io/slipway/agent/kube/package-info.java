/**
 * The Kubernetes release steps ({@code kubernetesDeploy}, {@code kubernetesApply}) through the fabric8
 * kubernetes-client: setting a container's image and waiting for the rollout as {@code kubectl rollout status}
 * does ({@link io.slipway.agent.kube.RolloutState}), undoing to the previous revision as
 * {@code kubectl rollout undo} does ({@link io.slipway.agent.kube.RolloutUndo}), and applying manifests. The
 * cluster comes from a kubeconfig credential or the in-cluster configuration ({@link io.slipway.agent.kube.Clusters}).
 */
package io.slipway.agent.kube;
