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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds of real Git repositories, end to end through the HTTP API. */
@SlipwayTest
class PipelineRunTest {

    private static final String GREETER = """
            pipeline {
                agent any
                parameters {
                    string(name: 'WHO', defaultValue: 'world', description: 'who')
                    choice(name: 'TARGET', choices: ['staging', 'production'], description: 'where')
                    booleanParam(name: 'DEPLOY', defaultValue: false, description: 'deploy?')
                }
                environment {
                    GREETING = 'Hello'
                }
                stages {
                    stage('Build') {
                        steps {
                            sh 'echo "$GREETING, $WHO!" > out.txt'
                            sh 'cat out.txt'
                            echo "target is ${params.TARGET}"
                        }
                    }
                    stage('Deploy') {
                        when { expression { params.DEPLOY } }
                        steps { echo 'deploying' }
                    }
                }
                post {
                    success { echo 'post: success' }
                    failure { echo 'post: failure' }
                    always { echo 'post: always' }
                }
            }
            """;

    @TempDir
    Path repos;

    private String repository(String name, String jenkinsfile) {
        try (GitFixture git = GitFixture.create(repos.resolve(name))) {
            git.commit("add pipeline", Map.of("Jenkinsfile", jenkinsfile, "README.md", "# " + name + "\n"));
            return git.url();
        }
    }

    @Test
    void aGitJobRunsItsStagesWithParametersAndRecordsStatusStagesCommitAndLog(TestServer server) {
        String url;
        String commit;
        try (GitFixture git = GitFixture.create(repos.resolve("greeter"))) {
            commit = git.commit("add pipeline", Map.of("Jenkinsfile", GREETER));
            url = git.url();
        }
        server.createRepositoryJob("greeter", url);

        int number = server.trigger("greeter", Map.of("WHO", "Alice", "TARGET", "production"));
        assertThat(number).isEqualTo(1);
        JsonNode build = server.awaitEnd("greeter", number);

        assertThat(build.get("status").asText()).as(server.log("greeter", number)).isEqualTo("SUCCESS");
        assertThat(build.get("commit").asText()).isEqualTo(commit);
        assertThat(build.at("/parameters/WHO").asText()).isEqualTo("Alice");
        assertThat(build.at("/parameters/DEPLOY").asBoolean()).isFalse();
        assertThat(TestServer.stages(build)).containsExactly("Build=SUCCESS", "Deploy=SKIPPED");
        assertThat(build.at("/stages/0/durationMillis").asLong()).isGreaterThanOrEqualTo(0);
        String log = server.log("greeter", number);
        assertThat(log).contains("Hello, Alice!", "target is production", "post: success", "post: always")
                .doesNotContain("post: failure", "deploying");
        assertThat(log.indexOf("post: always")).as("Jenkins runs always before success")
                .isPositive().isLessThan(log.indexOf("post: success"));
    }

    @Test
    void aFailingShMakesTheBuildFailRunsPostFailureAndSkipsLaterStages(TestServer server) {
        server.createRepositoryJob("broken", repository("broken", """
                pipeline {
                    agent any
                    stages {
                        stage('Compile') { steps { sh 'echo compiling; exit 3' } }
                        stage('Test') { steps { echo 'testing' } }
                    }
                    post {
                        failure { echo 'post: failure ran' }
                        success { echo 'post: success ran' }
                    }
                }
                """));
        int number = server.trigger("broken", Map.of());
        JsonNode build = server.awaitEnd("broken", number);

        assertThat(build.get("status").asText()).isEqualTo("FAILURE");
        assertThat(TestServer.stages(build)).containsExactly("Compile=FAILURE", "Test=SKIPPED");
        assertThat(server.log("broken", number)).contains("compiling", "script returned exit code 3",
                "post: failure ran").doesNotContain("post: success ran", "testing");
    }

    @Test
    void aBadParameterIsRejectedWith400NamingItAndNoBuildIsQueued(TestServer server) {
        server.createRepositoryJob("greeter", repository("greeter", GREETER));
        var reply = server.post("/api/jobs/greeter/builds", Map.of("parameters", Map.of("TARGET", "moon")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/fields/0/field").asText()).isEqualTo("parameters.TARGET");
        assertThat(reply.json().at("/fields/0/reason").asText()).contains("'staging', 'production'");

        var unknown = server.post("/api/jobs/greeter/builds", Map.of("parameters", Map.of("COLOR", "red")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/fields/0/field").asText()).isEqualTo("parameters.COLOR");

        assertThat(server.get("/api/jobs/greeter/builds").json()).isEmpty();
    }

    @Test
    void secretsBoundFromCredentialsAreMaskedInTheLog(TestServer server) {
        server.post("/api/credentials", Map.of("id", "api-token", "type", "string", "secret", "tok-123-secret"));
        server.post("/api/credentials", Map.of("id", "deployer", "type", "usernamePassword",
                "username", "deploy-bot", "password", "pa55-w0rd"));
        server.createRepositoryJob("secretive", repository("secretive", """
                pipeline {
                    agent any
                    environment {
                        DEPLOYER = credentials('deployer')
                    }
                    stages {
                        stage('Use') {
                            steps {
                                withCredentials([string(credentialsId: 'api-token', variable: 'TOKEN')]) {
                                    sh 'echo "token is $TOKEN"'
                                }
                                sh 'echo "password is $DEPLOYER_PSW for $DEPLOYER_USR"'
                            }
                        }
                    }
                }
                """));
        int number = server.trigger("secretive", Map.of());
        JsonNode build = server.awaitEnd("secretive", number);

        String log = server.log("secretive", number);
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("token is ****", "password is **** for deploy-bot")
                .doesNotContain("tok-123-secret", "pa55-w0rd");
    }

    @Test
    void buildsAreListedNewestFirstAndPostSeesThePreviousResult(TestServer server) {
        server.createRepositoryJob("flaky", repository("flaky", """
                pipeline {
                    agent any
                    parameters { booleanParam(name: 'BREAK', defaultValue: false, description: '') }
                    stages {
                        stage('Run') { steps { sh 'test "$BREAK" = false' } }
                    }
                    post {
                        fixed { echo 'post: fixed' }
                        regression { echo 'post: regression' }
                    }
                }
                """));
        server.awaitEnd("flaky", server.trigger("flaky", Map.of()));
        int broken = server.trigger("flaky", Map.of("BREAK", true));
        server.awaitEnd("flaky", broken);
        int fixed = server.trigger("flaky", Map.of("BREAK", "false"));
        server.awaitEnd("flaky", fixed);

        assertThat(server.log("flaky", broken)).contains("post: regression");
        assertThat(server.log("flaky", fixed)).contains("post: fixed").doesNotContain("post: regression");
        var list = server.get("/api/jobs/flaky/builds").json();
        List<String> summary = new ArrayList<>();
        list.forEach(b -> summary.add(b.get("number").asInt() + ":" + b.get("status").asText()));
        assertThat(summary).containsExactly("3:SUCCESS", "2:FAILURE", "1:SUCCESS");
    }

    @Test
    void parallelBranchesRunAtOnceAndFailFastAbortsTheOthers(TestServer server) {
        server.createRepositoryJob("fan-out", repository("fan-out", """
                pipeline {
                    agent any
                    stages {
                        stage('Checks') {
                            failFast true
                            parallel {
                                stage('Slow') { steps { sh 'sleep 30' } }
                                stage('Broken') { steps { sh 'sleep 0.3; exit 1' } }
                            }
                        }
                    }
                }
                """));
        int number = server.trigger("fan-out", Map.of());
        JsonNode build = server.awaitEnd("fan-out", number);

        assertThat(build.get("status").asText()).isEqualTo("FAILURE");
        assertThat(TestServer.stages(build)).containsExactlyInAnyOrder("Checks=FAILURE", "Slow=ABORTED", "Broken=FAILURE");
        assertThat(build.at("/stages/0/durationMillis").asLong()).isLessThan(30_000);
    }

    @Test
    void aRunningBuildCanBeAborted(TestServer server) {
        server.createRepositoryJob("sleeper", repository("sleeper", """
                pipeline {
                    agent any
                    stages {
                        stage('Wait') { steps { echo 'waiting'; sleep 60 } }
                    }
                    post { aborted { echo 'post: aborted' } }
                }
                """));
        int number = server.trigger("sleeper", Map.of());
        server.awaitLog("sleeper", number, "waiting");
        assertThat(server.post("/api/jobs/sleeper/builds/" + number + "/abort", "").status()).isEqualTo(200);
        JsonNode build = server.awaitEnd("sleeper", number);

        assertThat(build.get("status").asText()).isEqualTo("ABORTED");
        assertThat(build.get("endReason").asText()).isEqualTo("aborted by admin");
        assertThat(server.log("sleeper", number)).contains("post: aborted");
    }

    @Test
    void anInputWaitsUntilTheApiAnswersIt(TestServer server) {
        server.createRepositoryJob("gated", repository("gated", """
                pipeline {
                    agent any
                    stages {
                        stage('Deploy') {
                            input { message 'Ship it?'; id 'ship'; submitter 'admin' }
                            steps { echo "shipping" }
                        }
                    }
                }
                """));
        int number = server.trigger("gated", Map.of());
        server.awaitLog("gated", number, "Input requested");
        var answer = server.post("/api/jobs/gated/builds/" + number + "/input/ship", Map.of("action", "proceed"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode build = server.awaitEnd("gated", number);
        assertThat(build.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(server.log("gated", number)).contains("Approved by admin", "shipping");
    }

    @Test
    void theBuildDiscarderKeepsOnlyTheNewestBuilds(TestServer server) {
        server.createRepositoryJob("rotated", repository("rotated", """
                pipeline {
                    agent any
                    options { buildDiscarder(logRotator(numToKeepStr: '2')) }
                    stages { stage('One') { steps { echo 'one' } } }
                }
                """));
        for (int i = 1; i <= 3; i++) {
            server.awaitEnd("rotated", server.trigger("rotated", Map.of()));
        }
        List<String> numbers = new ArrayList<>();
        server.get("/api/jobs/rotated/builds").json().forEach(b -> numbers.add(b.get("number").asText()));
        assertThat(numbers).containsExactly("3", "2");
        assertThat(server.get("/api/jobs/rotated/builds/1").status()).isEqualTo(404);
    }
}
