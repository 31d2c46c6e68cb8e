package io.slipway.agent.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The test suites a build (or one {@code junit} call) recorded, and their counts as Jenkins shows
 * them: {@code failed} counts failures and errors together, as Jenkins' failCount does, while
 * {@code errors} counts the errors alone. Immutable.
 */
public record TestReport(List<TestSuiteResult> suites) {

    public static final TestReport EMPTY = new TestReport(List.of());

    public TestReport {
        suites = List.copyOf(suites);
    }

    /** This report's suites followed by {@code other}'s. */
    public TestReport plus(TestReport other) {
        List<TestSuiteResult> all = new ArrayList<>(suites);
        all.addAll(other.suites());
        return new TestReport(all);
    }

    public int total() {
        return suites.stream().mapToInt(s -> s.cases().size()).sum();
    }

    /** Failing cases: failures and errors. */
    public int failed() {
        return count(TestCaseResult.Status.FAILED) + errors();
    }

    public int errors() {
        return count(TestCaseResult.Status.ERROR);
    }

    public int skipped() {
        return count(TestCaseResult.Status.SKIPPED);
    }

    public int passed() {
        return count(TestCaseResult.Status.PASSED);
    }

    /** The failing cases, in report order. */
    public List<TestCaseResult> failingCases() {
        return suites.stream().flatMap(s -> s.cases().stream()).filter(TestCaseResult::failing).toList();
    }

    /** What {@code junit} returns to scripts, with the names of Jenkins' {@code TestResultSummary}. */
    public Map<String, Object> summary() {
        return Map.of("totalCount", total(), "failCount", failed(), "skipCount", skipped(), "passCount", passed());
    }

    private int count(TestCaseResult.Status status) {
        return (int) suites.stream().flatMap(s -> s.cases().stream()).filter(c -> c.status() == status).count();
    }
}
