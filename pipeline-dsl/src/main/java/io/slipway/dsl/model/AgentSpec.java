package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;
import java.util.Map;
import java.util.Optional;

/**
 * Where a pipeline or stage runs: any executor, none (stages choose), an executor whose labels match,
 * a container from an image or a Dockerfile, or a Kubernetes pod.
 */
public sealed interface AgentSpec permits AgentSpec.Any, AgentSpec.None, AgentSpec.Label, AgentSpec.Node,
        AgentSpec.Docker, AgentSpec.Dockerfile, AgentSpec.Kubernetes {

    SourcePos pos();

    /** {@code agent any}. */
    record Any(SourcePos pos) implements AgentSpec {}

    /** {@code agent none}. */
    record None(SourcePos pos) implements AgentSpec {}

    /** {@code agent { label 'linux && docker' }}: a label expression. */
    record Label(Value label, SourcePos pos) implements AgentSpec {}

    /** {@code agent { node { label 'x'; customWorkspace 'dir' } }}. */
    record Node(Value label, Optional<Value> customWorkspace, SourcePos pos) implements AgentSpec {}

    /** {@code agent { docker { image 'x'; args '...' } }} or {@code agent { docker 'x' }}. */
    record Docker(Value image, Optional<Value> args, Optional<Value> label, Optional<Value> registryUrl,
                  Optional<Value> registryCredentialsId, Optional<Value> customWorkspace, boolean reuseNode,
                  boolean alwaysPull, SourcePos pos) implements AgentSpec {}

    /** {@code agent { dockerfile true }} or {@code agent { dockerfile { filename 'x'; dir 'y' } }}. */
    record Dockerfile(String filename, Optional<Value> dir, Optional<Value> additionalBuildArgs,
                      Optional<Value> args, Optional<Value> label, Optional<Value> customWorkspace,
                      boolean reuseNode, SourcePos pos) implements AgentSpec {}

    /**
     * {@code agent { kubernetes { yaml '...' } }}: the pod as YAML text or a file in the workspace, and the
     * common settings; every other setting by name in {@code other}.
     */
    record Kubernetes(Optional<Value> yaml, Optional<Value> yamlFile, Optional<Value> cloud, Optional<Value> label,
                      Optional<Value> defaultContainer, Optional<Value> inheritFrom, Optional<Value> namespace,
                      Map<String, Value> other, SourcePos pos) implements AgentSpec {

        public Kubernetes {
            other = Map.copyOf(other);
        }
    }
}
