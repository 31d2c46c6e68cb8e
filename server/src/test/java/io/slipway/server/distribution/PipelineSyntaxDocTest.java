package io.slipway.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.agent.builtin.BuiltinSteps;
import io.slipway.agent.notify.NotifySteps;
import io.slipway.agent.release.ReleaseSteps;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepRegistry;
import io.slipway.dsl.validate.JenkinsStepCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/pipeline-syntax.md} tells users which steps run: every step of the registry the server builds
 * (built-in, release and notification steps, as {@code SlipwayServer} assembles them) has a row in "Steps
 * Slipway runs", no row there names a step the engine would refuse as unknown, and every other step the
 * validator accepts is in the list of steps that pass {@code lint} but fail when a build reaches them.
 */
class PipelineSyntaxDocTest {

    private static final Path DOC = Path.of("..", "docs", "pipeline-syntax.md");
    private static String runs;
    private static String acceptedNotRun;
    private static Set<String> registered;

    @BeforeAll
    static void read() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("### Steps Slipway runs");
        int end = doc.indexOf("### Steps Slipway refuses");
        assertThat(start).as("'### Steps Slipway runs' in docs/pipeline-syntax.md").isNotNegative();
        assertThat(end).as("'### Steps Slipway refuses' after it").isGreaterThan(start);
        runs = doc.substring(start, end);
        int from = doc.indexOf("<!-- accepted-not-run:start -->");
        int to = doc.indexOf("<!-- accepted-not-run:end -->");
        assertThat(from).as("the accepted-not-run list's markers").isNotNegative().isLessThan(to);
        acceptedNotRun = doc.substring(from, to);
        List<StepExecutor> executors = new ArrayList<>(BuiltinSteps.all());
        executors.addAll(ReleaseSteps.all());
        executors.addAll(NotifySteps.all());
        registered = new HashSet<>(new StepRegistry(executors).names());
    }

    @Test
    void everyRegisteredStepHasARowInStepsSlipwayRuns() {
        for (String step : registered) {
            assertThat(runs).as("a row '| `%s` |' in 'Steps Slipway runs' of docs/pipeline-syntax.md", step)
                    .contains("| `" + step + "` |");
        }
    }

    @Test
    void noRowInStepsSlipwayRunsNamesAStepTheEngineWouldRefuse() {
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|").matcher(runs);
        int rows = 0;
        while (row.find()) {
            assertThat(registered).as("'%s' is documented as a step Slipway runs", row.group(1)).contains(row.group(1));
            rows++;
        }
        assertThat(rows).isEqualTo(registered.size());
    }

    @Test
    void everyStepTheValidatorAcceptsButNoExecutorRunsIsListedAsSuch() {
        Set<String> listed = new HashSet<>();
        Matcher name = Pattern.compile("`(\\w+)`").matcher(acceptedNotRun);
        while (name.find()) {
            listed.add(name.group(1));
        }
        Set<String> expected = new HashSet<>(JenkinsStepCatalog.standard().names());
        expected.removeAll(registered);
        assertThat(listed).as("the accepted-not-run list of docs/pipeline-syntax.md (a step that gained an executor "
                + "moves to 'Steps Slipway runs')").containsExactlyInAnyOrderElementsOf(expected);
    }
}
