package io.slipway.dsl.model.build;

import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.declarative.AgentNode;
import io.slipway.dsl.ast.declarative.AnyAgentNode;
import io.slipway.dsl.ast.declarative.NoneAgentNode;
import io.slipway.dsl.ast.declarative.TypedAgentNode;
import io.slipway.dsl.model.AgentSpec;
import io.slipway.dsl.model.Value;
import io.slipway.dsl.parse.declarative.ExprText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds an {@link AgentSpec} from a validated agent section. */
final class AgentBuilder {

    private static final List<String> KUBERNETES_TYPED = List.of("yaml", "yamlFile", "cloud", "label",
            "defaultContainer", "inheritFrom", "namespace");

    private AgentBuilder() {
    }

    static AgentSpec build(AgentNode node) {
        if (node instanceof AnyAgentNode a) {
            return new AgentSpec.Any(a.pos());
        }
        if (node instanceof NoneAgentNode n) {
            return new AgentSpec.None(n.pos());
        }
        TypedAgentNode t = (TypedAgentNode) node;
        List<NamedArg> s = t.settings();
        return switch (t.type()) {
            case "label" -> s.stream().anyMatch(a -> a.name().equals("customWorkspace"))
                    ? new AgentSpec.Node(main(t, "label"), Values.named(s, "customWorkspace"), t.pos())
                    : new AgentSpec.Label(main(t, "label"), t.pos());
            case "node" -> new AgentSpec.Node(main(t, "label"), Values.named(s, "customWorkspace"), t.pos());
            case "docker" -> new AgentSpec.Docker(main(t, "image"), Values.named(s, "args"), Values.named(s, "label"),
                    Values.named(s, "registryUrl"), Values.named(s, "registryCredentialsId"),
                    Values.named(s, "customWorkspace"), Values.flag(s, "reuseNode"), Values.flag(s, "alwaysPull"),
                    t.pos());
            case "dockerfile" -> new AgentSpec.Dockerfile(Values.text(s, "filename", "Dockerfile"),
                    Values.named(s, "dir"), Values.named(s, "additionalBuildArgs"), Values.named(s, "args"),
                    Values.named(s, "label"), Values.named(s, "customWorkspace"), Values.flag(s, "reuseNode"),
                    t.pos());
            case "kubernetes" -> kubernetes(t);
            default -> throw new IllegalStateException("agent type passed validation but is unknown: " + t.type());
        };
    }

    private static Value main(TypedAgentNode t, String key) {
        Optional<Value> value = t.value().map(Values::of);
        return value.or(() -> Values.named(t.settings(), key)).orElseThrow(() ->
                new IllegalStateException("agent " + t.type() + " passed validation without " + key));
    }

    private static AgentSpec kubernetes(TypedAgentNode t) {
        List<NamedArg> s = t.settings();
        Map<String, Value> other = new LinkedHashMap<>();
        for (NamedArg a : s) {
            if (!KUBERNETES_TYPED.contains(a.name())) {
                other.put(a.name(), Values.of(a.value()));
            }
        }
        Optional<Value> yaml = Values.named(s, "yaml")
                .or(() -> t.value().flatMap(v -> ExprText.stringOf(v)).map(Value::literal));
        return new AgentSpec.Kubernetes(yaml, Values.named(s, "yamlFile"), Values.named(s, "cloud"),
                Values.named(s, "label"), Values.named(s, "defaultContainer"), Values.named(s, "inheritFrom"),
                Values.named(s, "namespace"), other, t.pos());
    }
}
