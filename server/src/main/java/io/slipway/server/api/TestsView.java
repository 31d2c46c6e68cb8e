package io.slipway.server.api;

import io.slipway.agent.tests.TestCaseResult;
import io.slipway.agent.tests.TestReport;
import io.slipway.agent.tests.TestSuiteResult;
import java.util.List;

/**
 * A build's test results as the API shows them. {@code failed} counts failures and errors, as Jenkins'
 * failCount does; {@code errors} counts errors alone. The build view carries the counts and the failing
 * cases ({@link #summary}); {@code GET .../tests} lists every suite and case ({@link #full}).
 */
public record TestsView(int total, int failed, int errors, int skipped, int passed, List<CaseView> failures,
        List<SuiteView> suites) {

    /** One case: its class, name, status (PASSED, FAILED, ERROR, SKIPPED), message, details and duration. */
    record CaseView(String className, String name, String status, String message, String details,
            Long durationMillis) {

        static CaseView failing(TestCaseResult c) {
            return new CaseView(c.className(), c.name(), c.status().name(), c.message(), null, null);
        }

        static CaseView of(TestCaseResult c) {
            return new CaseView(c.className(), c.name(), c.status().name(), c.message(), c.details(),
                    c.durationMillis());
        }
    }

    /** One suite with its counts and cases. */
    record SuiteView(String name, String file, long durationMillis, int total, int failed, int errors, int skipped,
            List<CaseView> cases) {

        static SuiteView of(TestSuiteResult suite) {
            TestReport one = new TestReport(List.of(suite));
            return new SuiteView(suite.name(), suite.file(), suite.durationMillis(), one.total(), one.failed(),
                    one.errors(), one.skipped(), suite.cases().stream().map(CaseView::of).toList());
        }
    }

    /** Counts and failing cases, for the build view. */
    static TestsView summary(TestReport report) {
        return new TestsView(report.total(), report.failed(), report.errors(), report.skipped(), report.passed(),
                report.failingCases().stream().map(CaseView::failing).toList(), null);
    }

    /** Counts and every suite with its cases. */
    static TestsView full(TestReport report) {
        return new TestsView(report.total(), report.failed(), report.errors(), report.skipped(), report.passed(),
                null, report.suites().stream().map(SuiteView::of).toList());
    }
}
