package io.slipway.dsl.validate;

import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.declarative.ToolNode;
import io.slipway.dsl.parse.declarative.ExprText;
import io.slipway.dsl.parse.declarative.Suggestions;
import java.util.List;

/**
 * Checks {@code tools}: each installation named by a string; a near miss of a known tool type is an error,
 * any other type a warning (recorded by name, as a Jenkins plugin's tool would be).
 */
final class ToolRules {

    static final List<String> TYPES = List.of("maven", "jdk", "gradle", "ant", "nodejs", "go", "git", "dotnetsdk",
            "msbuild", "allure", "terraform", "python", "groovy", "dockerTool", "docker", "ansible", "packer",
            "helm", "kubectl", "jfrog", "sonarRunner", "sbt", "gcloud", "oc", "golang", "jdkTool", "mavenTool");

    private final Report report;

    ToolRules(Report report) {
        this.report = report;
    }

    void check(SectionNode<ToolNode> section) {
        for (ToolNode tool : section.entries()) {
            if (ExprText.stringOf(tool.version()).isEmpty()) {
                report.error(tool.version().pos(), ValidationMessages.expectedString(tool.type()));
            }
            if (TYPES.contains(tool.type())) {
                continue;
            }
            if (Suggestions.nearest(tool.type(), TYPES).isPresent()) {
                report.unknown(tool.pos(), ValidationMessages.unknownTool(tool.type()), tool.type(), TYPES);
            } else {
                report.warning(tool.pos(), ValidationMessages.unrecognisedTool(tool.type()));
            }
        }
    }
}
