package io.slipway.dsl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.model.PostCondition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/pipeline-syntax.md} names everything the validator knows: each option, trigger, parameter type,
 * tool type, agent type and setting, {@code when} condition with its arguments, and the post conditions in
 * the order the engine runs them. A rule added here without a line in the doc fails this test, so the page
 * users read stays complete. (The steps are checked in the server module, which sees the step registry.)
 */
class PipelineSyntaxDocTest {

    private static final Path DOC = Path.of("..", "docs", "pipeline-syntax.md");
    private static String doc;

    @BeforeAll
    static void read() throws IOException {
        doc = Files.readString(DOC);
    }

    @Test
    void everyOptionTheValidatorKnowsIsDocumentedInTheOptionsSection() {
        String options = section("## `options`");
        for (String option : KnownOptions.all()) {
            assertThat(options).as("option %s in docs/pipeline-syntax.md", option).contains("`" + option);
        }
        for (String pipelineOnly : KnownOptions.TYPED.stream().filter(KnownOptions.PIPELINE_ONLY::contains).toList()) {
            assertThat(row(options, pipelineOnly)).as("option %s is pipeline-only", pipelineOnly).contains("| pipeline |");
        }
    }

    @Test
    void everyTriggerParameterTypeAndToolTypeIsDocumented() {
        String triggers = section("## `triggers`");
        TriggerRules.CORE.forEach(t -> assertThat(triggers).as("trigger %s", t).contains("| `" + t + "` |"));
        TriggerRules.PLUGIN.forEach(t -> assertThat(triggers).as("plugin trigger %s", t).contains("`" + t + "`"));
        String parameters = section("## `parameters`");
        ParameterRules.CORE.forEach((type, args) -> {
            String row = row(parameters, type);
            args.forEach(arg -> assertThat(row).as("argument %s of parameter type %s", arg, type).contains("`" + arg + "`"));
        });
        ParameterRules.PLUGIN.forEach(t -> assertThat(parameters).as("plugin parameter %s", t).contains("`" + t + "`"));
        String tools = section("## `tools`");
        ToolRules.TYPES.forEach(t -> assertThat(tools).as("tool type %s", t).contains("`" + t + "`"));
    }

    @Test
    void everyAgentTypeAndSettingIsDocumented() {
        String agent = section("## `agent`");
        for (Map.Entry<String, List<String>> type : AgentRules.SETTINGS.entrySet()) {
            assertThat(agent).as("agent type %s", type.getKey()).contains("agent { " + type.getKey());
            type.getValue().forEach(s -> assertThat(agent).as("setting %s of agent %s", s, type.getKey())
                    .contains("`" + s + "`"));
        }
        assertThat(AgentRules.TYPES).containsExactlyInAnyOrderElementsOf(AgentRules.SETTINGS.keySet());
    }

    @Test
    void everyWhenConditionIsDocumentedWithEachOfItsArguments() {
        String when = section("## `when`");
        assertThat(WhenRules.NAMES).containsExactlyInAnyOrderElementsOf(WhenRules.CONDITIONS.keySet());
        for (String condition : WhenRules.NAMES) {
            String row = row(when, condition);
            WhenRules.CONDITIONS.get(condition).forEach(arg ->
                    assertThat(row).as("argument %s of when condition %s", arg, condition).contains("`" + arg + "`"));
        }
    }

    @Test
    void thePostConditionsAreListedInTheOrderTheEngineRunsThem() {
        Matcher item = Pattern.compile("(?m)^\\d+\\. `(\\w+)`").matcher(section("## `post`"));
        List<String> listed = new ArrayList<>();
        while (item.find()) {
            listed.add(item.group(1));
        }
        assertThat(listed).containsExactlyElementsOf(Arrays.stream(PostCondition.values()).map(PostCondition::word).toList());
    }

    @Test
    void everyStepTheValidatorKnowsIsNamedInTheDoc() {
        for (String step : JenkinsStepCatalog.standard().names()) {
            assertThat(doc).as("step %s in docs/pipeline-syntax.md", step).contains("`" + step + "`");
        }
    }

    /** The text from {@code heading} to the next heading of the same level. */
    private static String section(String heading) {
        int start = doc.indexOf("\n" + heading + "\n");
        assertThat(start).as("heading %s in docs/pipeline-syntax.md", heading).isNotNegative();
        int next = doc.indexOf("\n## ", start + heading.length() + 1);
        return doc.substring(start, next < 0 ? doc.length() : next);
    }

    /** The table row that starts with {@code `name`} (optionally with arguments in the backticks). */
    private static String row(String text, String name) {
        Matcher m = Pattern.compile("(?m)^\\| `" + Pattern.quote(name) + "[`(].*$").matcher(text);
        assertThat(m.find()).as("a table row for %s in docs/pipeline-syntax.md", name).isTrue();
        return m.group();
    }
}
