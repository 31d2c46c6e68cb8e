package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.testsupport.git.GitFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code junit} step end to end: reports in a real Git repository, results through the API. */
@SlipwayTest(serverPerClass = true)
class JunitRunTest {

    private static final String SUREFIRE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="com.example.CalculatorTest" time="0.05" tests="3" errors="0" skipped="1" failures="1">
              <testcase name="adds" classname="com.example.CalculatorTest" time="0.01"/>
              <testcase name="divides" classname="com.example.CalculatorTest" time="0.02">
                <failure message="expected: &lt;2&gt; but was: &lt;3&gt;" type="AssertionFailedError">at CalculatorTest.java:31</failure>
              </testcase>
              <testcase name="slow" classname="com.example.CalculatorTest" time="0"><skipped/></testcase>
            </testsuite>
            """;
    private static final String PYTEST = """
            <?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="0" \
            skipped="0" tests="2" time="0.01"><testcase classname="tests.test_io" name="test_read" time="0.001"/>\
            <testcase classname="tests.test_io" name="test_write" time="0.002"><error message="PermissionError: \
            /etc">trace</error></testcase></testsuite></testsuites>
            """;

    @TempDir
    Path repos;

    TestServer server;

    @BeforeEach
    void useServer(TestServer server) {
        this.server = server;
    }

    private JsonNode run(String job, String jenkinsfile, Map<String, String> files) {
        Map<String, String> content = new LinkedHashMap<>(files);
        content.put("Jenkinsfile", jenkinsfile);
        String url;
        try (GitFixture git = GitFixture.create(repos.resolve(job))) {
            git.commit("add pipeline and reports", content);
            url = git.url();
        }
        return server.run(job, Map.of("repository", Map.of("url", url, "branch", "main")));
    }

    @Test
    void failingTestsMakeTheStageAndBuildUnstableAndTheApiShowsCountsAndCases() {
        JsonNode build = run("tested", """
                pipeline {
                    agent any
                    stages {
                        stage('Test') {
                            steps {
                                script {
                                    def summary = junit 'reports/*.xml'
                                    echo "total=${summary.totalCount} failed=${summary.failCount} skipped=${summary.skipCount} passed=${summary.passCount}"
                                }
                            }
                        }
                        stage('Package') { steps { echo 'packaging' } }
                    }
                    post { unstable { echo 'post: unstable' } }
                }
                """, Map.of("reports/TEST-calc.xml", SUREFIRE, "reports/pytest.xml", PYTEST, "reports/notes.txt", "x"));
        String log = server.log("tested", 1);

        assertThat(build.get("status").asText()).as(log).isEqualTo("UNSTABLE");
        assertThat(TestServer.stages(build)).containsExactly("Test=UNSTABLE", "Package=SUCCESS");
        assertThat(log).contains("total=5 failed=2 skipped=1 passed=2", "packaging", "post: unstable");
        JsonNode tests = build.get("tests");
        assertThat(tests.get("total").asInt()).isEqualTo(5);
        assertThat(tests.get("failed").asInt()).isEqualTo(2);
        assertThat(tests.get("errors").asInt()).isEqualTo(1);
        assertThat(tests.get("skipped").asInt()).isEqualTo(1);
        assertThat(tests.get("passed").asInt()).isEqualTo(2);
        List<String> failures = new ArrayList<>();
        tests.get("failures").forEach(f -> failures.add(f.get("className").asText() + "#" + f.get("name").asText()
                + ": " + f.get("message").asText()));
        assertThat(failures).containsExactlyInAnyOrder(
                "com.example.CalculatorTest#divides: expected: <2> but was: <3>",
                "tests.test_io#test_write: PermissionError: /etc");

        var listing = server.get("/api/jobs/tested/builds/1/tests");
        assertThat(listing.status()).isEqualTo(200);
        List<String> suites = new ArrayList<>();
        listing.json().get("suites").forEach(s -> suites.add(s.get("name").asText() + " " + s.get("file").asText()
                + " " + s.get("total").asInt() + "/" + s.get("failed").asInt()));
        assertThat(suites).containsExactlyInAnyOrder("com.example.CalculatorTest reports/TEST-calc.xml 3/1",
                "pytest reports/pytest.xml 2/1");
        JsonNode slow = listing.json().at("/suites").findParents("name").stream()
                .filter(c -> c.path("name").asText().equals("slow")).findFirst().orElseThrow();
        assertThat(slow.get("status").asText()).isEqualTo("SKIPPED");
    }

    @Test
    void noMatchingReportFailsTheBuildUnlessEmptyResultsAreAllowed() {
        JsonNode failed = run("no-reports", """
                pipeline {
                    agent any
                    stages { stage('Test') { steps { junit 'build/test-results/*.xml' } } }
                }
                """, Map.of());
        assertThat(failed.get("status").asText()).isEqualTo("FAILURE");
        assertThat(server.log("no-reports", 1))
                .contains("no test report files were found matching 'build/test-results/*.xml'");
        assertThat(failed.has("tests")).isFalse();
        assertThat(server.get("/api/jobs/no-reports/builds/1/tests").status()).isEqualTo(404);

        JsonNode allowed = run("allowed", """
                pipeline {
                    agent any
                    stages {
                        stage('Test') { steps { junit testResults: 'build/test-results/*.xml', allowEmptyResults: true } }
                    }
                }
                """, Map.of());
        assertThat(allowed.get("status").asText()).as(server.log("allowed", 1)).isEqualTo("SUCCESS");
    }

    @Test
    void passingTestsLeaveTheBuildSuccessfulAndReportsOfSeveralCallsAddUp() {
        String passing = "<testsuite name=\"ok\"><testcase classname=\"A\" name=\"a\"/></testsuite>";
        JsonNode build = run("green", """
                pipeline {
                    agent any
                    stages {
                        stage('Unit') { steps { junit 'unit/*.xml' } }
                        stage('Integration') { steps { junit testResults: 'it/*.xml' } }
                    }
                }
                """, Map.of("unit/TEST-a.xml", passing, "it/TEST-b.xml", passing));
        assertThat(build.get("status").asText()).as(server.log("green", 1)).isEqualTo("SUCCESS");
        assertThat(build.at("/tests/total").asInt()).isEqualTo(2);
        assertThat(build.at("/tests/failed").asInt()).isZero();
    }
}
