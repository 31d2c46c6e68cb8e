package io.slipway.agent.tests;

import io.slipway.agent.files.AntPattern;
import io.slipway.agent.files.FileSelection;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code junit 'reports/*.xml'} or {@code junit testResults: '**}{@code /TEST-*.xml', allowEmptyResults:
 * true}: reads the JUnit XML files the comma-separated Ant patterns select under the current directory,
 * records them with the build's {@link TestResultRecorder}, and returns Jenkins' summary
 * ({@code totalCount}, {@code failCount}, {@code skipCount}, {@code passCount}) of this call's reports.
 * Failing cases mark the stage and the build UNSTABLE, as Jenkins does, unless
 * {@code skipMarkingBuildUnstable: true}. No matching file, or files without a single test case, fail
 * the step unless {@code allowEmptyResults: true}.
 */
public final class JunitStep implements StepExecutor {

    @Override
    public String step() {
        return "junit";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        String patterns = call.requiredText("testResults");
        boolean allowEmpty = call.flag("allowEmptyResults", false);
        TestResultRecorder recorder = ctx.services().extensions().require(TestResultRecorder.class);
        List<String> files = select(ctx.cwd(), patterns, call);
        if (files.isEmpty()) {
            if (!allowEmpty) {
                throw new StepFailure(call.location() + ": junit: no test report files were found matching '"
                        + patterns + "' in " + relative(ctx, ctx.cwd()) + ". Configuration error?");
            }
            ctx.log().line("junit: no test report files matching '" + patterns + "'; allowEmptyResults is set");
            return StepResult.of(TestReport.EMPTY.summary());
        }
        List<TestSuiteResult> suites = new ArrayList<>();
        for (String file : files) {
            suites.addAll(JunitXml.parse(ctx.cwd().resolve(file), relative(ctx, ctx.cwd().resolve(file))));
        }
        TestReport report = new TestReport(suites);
        if (report.total() == 0 && !allowEmpty) {
            throw new StepFailure(call.location() + ": junit: none of the test reports contained any result ("
                    + String.join(", ", files) + ")");
        }
        recorder.record(report);
        ctx.log().line("Recording test results from " + files.size() + " file(s): " + report.total() + " tests, "
                + report.failed() + " failed, " + report.skipped() + " skipped");
        report.failingCases().stream().limit(20).forEach(c -> ctx.log().line("  FAILED: " + c.className()
                + "." + c.name() + (c.message() == null ? "" : ": " + c.message())));
        Map<String, Object> summary = report.summary();
        if (report.failed() > 0 && !call.flag("skipMarkingBuildUnstable", false)) {
            ctx.log().line("Test failures: marking the build UNSTABLE");
            return new StepResult(summary, "UNSTABLE", "UNSTABLE");
        }
        return StepResult.of(summary);
    }

    private static List<String> select(Path base, String patterns, StepCall call) {
        try {
            return FileSelection.select(base, AntPattern.parseList(patterns, true), AntPattern.DEFAULT_EXCLUDES);
        } catch (IOException e) {
            throw new StepFailure(call.location() + ": junit: cannot list test reports: " + e.getMessage());
        }
    }

    private static String relative(StepContext ctx, Path path) {
        String rel = ctx.workspace().relativize(path).toString().replace('\\', '/');
        return rel.isEmpty() ? "the workspace" : rel;
    }
}
