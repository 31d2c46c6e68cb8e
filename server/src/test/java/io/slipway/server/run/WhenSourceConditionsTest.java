package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.testsupport.git.GitFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code when} conditions about the source: tag, buildingTag and changeRequest read the build's
 * environment under Jenkins' names (here given as parameters, which builds put into their environment
 * as webhook builds put TAG_NAME and CHANGE_*); changeset and changelog read a real Git repository's
 * commits since the previous successful build; triggeredBy reads the build's cause.
 */
@SlipwayTest(serverPerClass = true)
class WhenSourceConditionsTest {

    private static final String SOURCE_PIPELINE = """
            pipeline {
                agent any
                parameters {
                    string(name: 'TAG_NAME', defaultValue: '', description: '')
                    string(name: 'CHANGE_ID', defaultValue: '', description: '')
                    string(name: 'CHANGE_TARGET', defaultValue: '', description: '')
                    string(name: 'CHANGE_AUTHOR', defaultValue: '', description: '')
                    string(name: 'CHANGE_TITLE', defaultValue: '', description: '')
                }
                stages {
                    stage('AnyTag') {
                        when { buildingTag() }
                        steps { echo 'any tag' }
                    }
                    stage('ReleaseTag') {
                        when { tag 'v*' }
                        steps { echo 'release tag' }
                    }
                    stage('ExactTag') {
                        when { tag pattern: 'v1.0', comparator: 'EQUALS' }
                        steps { echo 'exact' }
                    }
                    stage('RegexTag') {
                        when { tag pattern: 'v[0-9]+[.][0-9]+', comparator: 'REGEXP' }
                        steps { echo 'regex' }
                    }
                    stage('AnyChange') {
                        when { changeRequest() }
                        steps { echo 'change request' }
                    }
                    stage('ToMain') {
                        when { changeRequest target: 'main' }
                        steps { echo 'to main' }
                    }
                    stage('AliceWip') {
                        when { changeRequest author: 'alice', title: 'WIP.*', comparator: 'REGEXP' }
                        steps { echo 'alice wip' }
                    }
                    stage('NoTag') {
                        when { not { buildingTag() } }
                        steps { echo 'no tag' }
                    }
                    stage('ByUser') {
                        when { triggeredBy 'UserIdCause' }
                        steps { echo 'by user' }
                    }
                    stage('ByAdmin') {
                        when { triggeredBy cause: 'UserIdCause', detail: 'admin' }
                        steps { echo 'by admin' }
                    }
                    stage('ByBob') {
                        when { triggeredBy cause: 'UserIdCause', detail: 'bob' }
                        steps { echo 'by bob' }
                    }
                    stage('ByTimer') {
                        when { triggeredBy 'TimerTrigger' }
                        steps { echo 'by timer' }
                    }
                }
            }
            """;

    @TempDir
    Path repos;

    TestServer server;

    @BeforeEach
    void useServer(TestServer server) {
        this.server = server;
    }

    /** The stages that ran (not SKIPPED) in a build, which must have succeeded. */
    private List<String> ran(String job, int number) {
        JsonNode build = server.awaitEnd(job, number);
        assertThat(build.get("status").asText()).as(server.log(job, number)).isEqualTo("SUCCESS");
        List<String> ran = new ArrayList<>();
        build.get("stages").forEach(s -> {
            if (!s.get("status").asText().equals("SKIPPED")) {
                ran.add(s.get("name").asText());
            }
        });
        return ran;
    }

    @Test
    void tagChangeRequestAndTriggeredByFollowTheBuildsEnvironmentAndCause() {
        server.createInlineJob("source", SOURCE_PIPELINE);

        assertThat(ran("source", server.trigger("source", Map.of())))
                .containsExactly("NoTag", "ByUser", "ByAdmin");
        assertThat(ran("source", server.trigger("source", Map.of("TAG_NAME", "v1.0"))))
                .containsExactly("AnyTag", "ReleaseTag", "ExactTag", "RegexTag", "ByUser", "ByAdmin");
        assertThat(ran("source", server.trigger("source", Map.of("TAG_NAME", "v1.0.1"))))
                .containsExactly("AnyTag", "ReleaseTag", "ByUser", "ByAdmin");
        assertThat(ran("source", server.trigger("source", Map.of("TAG_NAME", "nightly"))))
                .containsExactly("AnyTag", "ByUser", "ByAdmin");
        assertThat(ran("source", server.trigger("source", Map.of("CHANGE_ID", "7", "CHANGE_TARGET", "main",
                "CHANGE_AUTHOR", "alice", "CHANGE_TITLE", "WIP: faster parser"))))
                .containsExactly("AnyChange", "ToMain", "AliceWip", "NoTag", "ByUser", "ByAdmin");
        assertThat(ran("source", server.trigger("source", Map.of("CHANGE_ID", "8", "CHANGE_TARGET", "develop",
                "CHANGE_AUTHOR", "alice", "CHANGE_TITLE", "Ready: parser"))))
                .containsExactly("AnyChange", "NoTag", "ByUser", "ByAdmin");
        assertThat(ran("source", server.trigger("source", Map.of("CHANGE_TARGET", "main"))))
                .as("no CHANGE_ID: not a change request").containsExactly("NoTag", "ByUser", "ByAdmin");
    }

    @Test
    void changesetAndChangelogSeeTheCommitsSinceThePreviousSuccessfulBuild() {
        String jenkinsfile = """
                pipeline {
                    agent any
                    parameters { booleanParam(name: 'BREAK', defaultValue: false, description: '') }
                    stages {
                        stage('Scripts') {
                            when { changeset '**/*.js' }
                            steps { echo 'scripts changed' }
                        }
                        stage('ScriptsExact') {
                            when { changeset pattern: '**/*.js', caseSensitive: true }
                            steps { echo 'lower-case scripts changed' }
                        }
                        stage('Docs') {
                            when { changeset 'docs/**' }
                            steps { echo 'docs changed' }
                        }
                        stage('Skip') {
                            when { changelog '.*\\\\[skip tests\\\\].*' }
                            steps { echo 'skip tests asked' }
                        }
                        stage('Fix') {
                            when { changelog '^fix:.*' }
                            steps { echo 'a fix' }
                        }
                        stage('Break') {
                            when { expression { params.BREAK } }
                            steps { error 'broken on purpose' }
                        }
                    }
                }
                """;
        try (GitFixture git = GitFixture.create(repos.resolve("app"))) {
            git.commit("initial", Map.of("Jenkinsfile", jenkinsfile, "src/app.js", "1", "docs/readme.md", "hi"));
            server.createRepositoryJob("app", git.url());

            assertThat(ran("app", server.trigger("app", Map.of()))).as("a first build has no change set").isEmpty();
            assertThat(server.log("app", 1)).contains("no earlier successful build");

            git.commit("docs: a guide [skip tests]", Map.of("docs/guide.md", "guide"));
            assertThat(ran("app", server.trigger("app", Map.of()))).containsExactly("Docs", "Skip");

            git.commit("fix: upper-case script\n\nlonger body", Map.of("src/Widget.JS", "w"));
            int failed = server.trigger("app", Map.of("BREAK", true));
            assertThat(server.awaitEnd("app", failed).get("status").asText()).isEqualTo("FAILURE");

            git.commit("more docs", Map.of("docs/more.md", "more"));
            assertThat(ran("app", server.trigger("app", Map.of())))
                    .as("changes since build #2, the last success, include the failed build's commit")
                    .containsExactly("Scripts", "Docs", "Fix");
            assertThat(server.log("app", 4)).contains("Changes since build #2", "2 commit(s), 2 file(s)");

            git.commit("rename", Map.of("src/lib.js", "lib"));
            assertThat(ran("app", server.trigger("app", Map.of()))).containsExactly("Scripts", "ScriptsExact");
        }
    }

    @Test
    void aChangeSetComparesABranchWithItsOwnLastSuccessNotAnotherBranchs() {
        String jenkinsfile = """
                pipeline {
                    agent any
                    stages {
                        stage('Docs') {
                            when { changeset 'docs/**' }
                            steps { echo 'docs changed' }
                        }
                    }
                }
                """;
        try (GitFixture git = GitFixture.create(repos.resolve("branches"))) {
            git.commit("initial", Map.of("Jenkinsfile", jenkinsfile, "docs/a.md", "a"));
            server.createRepositoryJob("branches", git.url());
            assertThat(ran("branches", server.trigger("branches", Map.of()))).isEmpty();
            git.commit("docs on main", Map.of("docs/b.md", "b"));
            assertThat(ran("branches", server.trigger("branches", Map.of()))).containsExactly("Docs");

            git.branch("feature");
            git.commit("docs on feature", Map.of("docs/c.md", "c"));
            var moved = server.put("/api/jobs/branches", Map.of("name", "branches", "repository",
                    Map.of("url", git.url(), "branch", "feature")));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            assertThat(ran("branches", server.trigger("branches", Map.of())))
                    .as("the feature branch has no success of its own yet").isEmpty();
            assertThat(server.log("branches", 3)).contains("no earlier successful build of refs/heads/feature");
            git.commit("more docs on feature", Map.of("docs/d.md", "d"));
            assertThat(ran("branches", server.trigger("branches", Map.of()))).containsExactly("Docs");
            assertThat(server.log("branches", 4)).contains("Changes since build #3");
        }
    }
}
