package io.slipway.agent.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.agent.step.StepFailure;
import io.slipway.agent.tests.TestCaseResult.Status;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunitXmlTest {

    @TempDir
    Path dir;

    private static Path resource(String name) {
        try {
            return Path.of(JunitXmlTest.class.getResource("/junit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path file(String xml) throws Exception {
        return Files.writeString(dir.resolve("report.xml"), xml);
    }

    @Test
    void aSurefireReportGivesFailuresErrorsSkipsAndMessages() {
        List<TestSuiteResult> suites = JunitXml.parse(resource("surefire.xml"), "target/surefire-reports/TEST-x.xml");
        TestReport report = new TestReport(suites);

        assertThat(suites).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("com.example.CalculatorTest");
            assertThat(s.durationMillis()).isEqualTo(1_204_512);
            assertThat(s.file()).isEqualTo("target/surefire-reports/TEST-x.xml");
        });
        assertThat(report.total()).isEqualTo(5);
        assertThat(report.failed()).as("failures and errors").isEqualTo(2);
        assertThat(report.errors()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.passed()).as("a flaky test that passed on rerun passes").isEqualTo(2);
        assertThat(report.failingCases()).extracting(TestCaseResult::name, TestCaseResult::status,
                TestCaseResult::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dividesByZero", Status.FAILED, "expected: <Infinity> but was: <NaN>"),
                org.assertj.core.groups.Tuple.tuple("readsConfig", Status.ERROR, "config.yml (No such file or directory)"));
        assertThat(report.failingCases().get(0).details()).contains("CalculatorTest.java:31");
        assertThat(report.failingCases().get(0).className()).isEqualTo("com.example.CalculatorTest");
    }

    @Test
    void aPytestReportInsideTestsuitesIsRead() {
        TestReport report = new TestReport(JunitXml.parse(resource("pytest.xml"), "report.xml"));
        assertThat(report.total()).isEqualTo(3);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(1);
        TestCaseResult failing = report.failingCases().get(0);
        assertThat(failing.className()).isEqualTo("tests.test_parser");
        assertThat(failing.name()).isEqualTo("test_parses_nested");
        assertThat(failing.message()).startsWith("AssertionError: assert [1, 2] == [1, 3]");
        assertThat(report.suites().get(0).cases().get(2).message()).isEqualTo("needs ICU");
    }

    @Test
    void aJestJunitReportTakesTheMessageFromTheFailureText() {
        TestReport report = new TestReport(JunitXml.parse(resource("jest.xml"), "junit.xml"));
        assertThat(report.suites()).extracting(TestSuiteResult::name).containsExactly("cart", "checkout");
        assertThat(report.total()).isEqualTo(3);
        assertThat(report.failingCases()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("cart computes the total with tax");
            assertThat(c.message()).isEqualTo("Error: expect(received).toBe(expected) // Object.is equality");
            assertThat(c.details()).contains("Received: 10");
        });
    }

    @Test
    void nestedSuitesEachKeepTheirOwnCases() throws Exception {
        TestReport report = new TestReport(JunitXml.parse(file("""
                <testsuites>
                  <testsuite name="outer">
                    <testcase classname="A" name="one"/>
                    <testsuite name="inner"><testcase classname="B" name="two"><failure message="no"/></testcase></testsuite>
                  </testsuite>
                </testsuites>
                """), "report.xml"));
        assertThat(report.suites()).extracting(TestSuiteResult::name).containsExactlyInAnyOrder("outer", "inner");
        assertThat(report.total()).isEqualTo(2);
        assertThat(report.failingCases()).extracting(TestCaseResult::className).containsExactly("B");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top-secret-content");
        Path report = file("""
                <?xml version="1.0"?>
                <!DOCTYPE testsuite [ <!ENTITY xxe SYSTEM "%s"> ]>
                <testsuite name="s"><testcase classname="A" name="x"><failure message="m">&xxe;</failure></testcase></testsuite>
                """.formatted(secret.toUri()));
        try {
            TestReport parsed = new TestReport(JunitXml.parse(report, "report.xml"));
            assertThat(parsed.failingCases()).allSatisfy(c -> assertThat(String.valueOf(c.details()))
                    .doesNotContain("top-secret-content"));
        } catch (StepFailure e) {
            assertThat(e.getMessage()).contains("report.xml").doesNotContain("top-secret-content");
        }
    }

    @Test
    void malformedXmlFailsNamingTheFileAndLine() throws Exception {
        Path report = file("<testsuite name=\"s\">\n<testcase name=\"a\">\n</testsuite>\n");
        assertThatThrownBy(() -> JunitXml.parse(report, "reports/broken.xml"))
                .isInstanceOf(StepFailure.class)
                .hasMessageStartingWith("junit: reports/broken.xml:3 is not well-formed XML");
    }

    @Test
    void aFileThatIsNotAJunitReportIsRefusedNamingItsRoot() throws Exception {
        Path report = file("<project><modelVersion>4.0.0</modelVersion></project>");
        assertThatThrownBy(() -> JunitXml.parse(report, "pom.xml"))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("pom.xml is not a JUnit report (its root element is <project>");
    }
}
