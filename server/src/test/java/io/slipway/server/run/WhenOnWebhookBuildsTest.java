package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.testsupport.git.GitFixture;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code when { changeRequest ... }} on a build a real webhook started: a GitLab merge request hook puts
 * CHANGE_ID, CHANGE_TARGET, CHANGE_AUTHOR and the others into the build's environment, and the stages'
 * conditions read them there.
 */
@SlipwayTest
class WhenOnWebhookBuildsTest {

    private static final String SECRET = "gitlab-token";
    private static final String PIPELINE = """
            pipeline {
                agent any
                stages {
                    stage('AnyChange') {
                        when { changeRequest() }
                        steps { echo "change ${env.CHANGE_ID} to ${env.CHANGE_TARGET}" }
                    }
                    stage('ToMain') {
                        when { changeRequest target: 'main' }
                        steps { echo 'targets main' }
                    }
                    stage('ToRelease') {
                        when { changeRequest target: 'release' }
                        steps { echo 'targets release' }
                    }
                    stage('ByRoot') {
                        when { changeRequest author: 'root', title: 'MS-.*', comparator: 'REGEXP' }
                        steps { echo 'by root' }
                    }
                    stage('NotTag') {
                        when { not { buildingTag() } }
                        steps { echo 'not a tag' }
                    }
                    stage('Pushed') {
                        when { not { changeRequest() } }
                        steps { echo 'a plain push' }
                    }
                }
            }
            """;

    @TempDir
    Path dir;
    GitFixture git;

    @BeforeEach
    void start() {
        git = GitFixture.create(dir.resolve("repo"));
        git.commit("pipeline", Map.of("Jenkinsfile", PIPELINE));
    }

    @AfterEach
    void stop() {
        git.close();
    }

    @Test
    void aMergeRequestBuildRunsTheStagesWhoseChangeRequestConditionsItsVariablesMeet(TestServer server) throws Exception {
        server.createJob("app", Map.of("repository",
                Map.of("url", git.url(), "branch", "main"), "webhook", Map.of("secret", SECRET)));
        String base;
        String head;
        try (Git repo = Git.open(git.dir().toFile())) {
            base = repo.getRepository().resolve("HEAD").getName();
        }
        head = git.commit("proposal", Map.of("README.md", "merge me\n"));
        try (Git repo = Git.open(git.dir().toFile())) {
            var update = repo.getRepository().updateRef("refs/merge-requests/7/head");
            update.setNewObjectId(repo.getRepository().resolve(head));
            update.forceUpdate();
            repo.reset().setMode(ResetCommand.ResetType.HARD).setRef(base).call();
        }
        String body = """
                {"object_kind":"merge_request","event_type":"merge_request","user":{"name":"Administrator",
                 "username":"root","email":"admin@example.com"},"project":{"git_http_url":"%s"},
                 "object_attributes":{"iid":7,"target_branch":"main","source_branch":"ms-viewport","title":"MS-Viewport",
                 "url":"http://127.0.0.1/root/app/-/merge_requests/7","action":"open","last_commit":{"id":"%s"},
                 "source":{"path_with_namespace":"root/app"},"target":{"path_with_namespace":"root/app"}}}
                """.formatted(git.url(), head);
        var reply = server.send(server.request("/webhooks/gitlab", null)
                .header("Content-Type", "application/json")
                .header("X-Gitlab-Event", "Merge Request Hook").header("X-Gitlab-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);

        JsonNode build = server.awaitEnd("app", 1);
        String log = server.log("app", 1);
        assertThat(build.path("status").asText()).as(log).isEqualTo("SUCCESS");
        List<String> ran = new ArrayList<>();
        build.get("stages").forEach(s -> {
            if (!s.get("status").asText().equals("SKIPPED")) {
                ran.add(s.get("name").asText());
            }
        });
        assertThat(ran).as(log).containsExactly("AnyChange", "ToMain", "ByRoot", "NotTag");
        assertThat(log).contains("change 7 to main");
    }
}
