package io.slipway.dsl.validate;

import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.declarative.AgentNode;
import io.slipway.dsl.ast.declarative.TypedAgentNode;
import io.slipway.dsl.parse.declarative.ExprText;
import io.slipway.dsl.parse.declarative.Literals;
import java.util.List;
import java.util.Map;

/** Checks an agent's type and settings: known type, required image or label, known settings, booleans. */
final class AgentRules {

    static final Map<String, List<String>> SETTINGS = Map.of(
            "label", List.of("label", "customWorkspace"),
            "node", List.of("label", "customWorkspace"),
            "docker", List.of("image", "args", "label", "registryUrl", "registryCredentialsId", "reuseNode",
                    "alwaysPull", "customWorkspace", "containerPerStageRoot"),
            "dockerfile", List.of("filename", "dir", "additionalBuildArgs", "args", "label", "customWorkspace",
                    "reuseNode", "registryUrl", "registryCredentialsId", "containerPerStageRoot"),
            "kubernetes", List.of());
    static final List<String> TYPES = List.of("label", "node", "docker", "dockerfile", "kubernetes");
    private static final List<String> BOOLEANS = List.of("reuseNode", "alwaysPull", "containerPerStageRoot");

    private final Report report;

    AgentRules(Report report) {
        this.report = report;
    }

    void check(AgentNode agent) {
        if (!(agent instanceof TypedAgentNode typed)) {
            return;
        }
        String type = typed.type();
        if (!SETTINGS.containsKey(type)) {
            report.unknown(typed.pos(), ValidationMessages.unknownAgentType(type), type, TYPES);
            return;
        }
        if (!type.equals("kubernetes")) {
            for (NamedArg setting : typed.settings()) {
                if (!SETTINGS.get(type).contains(setting.name())) {
                    report.unknown(setting.pos(), ValidationMessages.agentUnknownSetting(type, setting.name()),
                            setting.name(), SETTINGS.get(type));
                } else if (BOOLEANS.contains(setting.name()) && Literals.bool(setting.value()).isEmpty()) {
                    report.error(setting.pos(), ValidationMessages.expectedBoolean(setting.name()));
                }
            }
        }
        switch (type) {
            case "label", "node" -> require(typed, "label");
            case "docker" -> require(typed, "image");
            case "dockerfile" -> checkDockerfile(typed);
            default -> { }
        }
    }

    private void require(TypedAgentNode typed, String key) {
        if (typed.value().isEmpty() && typed.setting(key).isEmpty()) {
            report.error(typed.pos(), ValidationMessages.agentMissingSetting(typed.type(), key));
        }
    }

    private void checkDockerfile(TypedAgentNode typed) {
        typed.value().ifPresent(v -> {
            if (Literals.bool(v).isEmpty()) {
                report.error(v.pos(), ValidationMessages.expectedBoolean("dockerfile"));
            }
        });
        typed.setting("filename").ifPresent(f -> {
            String name = ExprText.of(f.value());
            if (name.contains("/") || name.contains("\\")) {
                report.error(f.pos(), ValidationMessages.dockerfileSeparator());
            }
        });
    }
}
