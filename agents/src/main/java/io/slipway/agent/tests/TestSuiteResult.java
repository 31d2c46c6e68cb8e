package io.slipway.agent.tests;

import java.util.List;
import java.util.Objects;

/** One {@code <testsuite>}: its name, the file it came from (relative to the workspace), duration and cases. */
public record TestSuiteResult(String name, String file, long durationMillis, List<TestCaseResult> cases) {

    public TestSuiteResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        cases = List.copyOf(cases);
    }
}
