package io.slipway.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.slipway.server.TestServer;
import io.slipway.testsupport.git.GitFixture;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mail from post blocks of real pipeline runs on a real server, received by GreenMail over SMTP on 127.0.0.1. */
class MailNotificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path repos;
    GreenMail smtp;
    TestServer server;

    @BeforeEach
    void startMail() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        smtp.stop();
    }

    private void startServer(int smtpPort) throws IOException {
        startServer(smtpPort, Map.of("admin", "admin@127.0.0.1"));
    }

    private void startServer(int smtpPort, Map<String, String> users) throws IOException {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("url", "http://127.0.0.1:8080/");
        config.put("smtp", Map.of("host", "127.0.0.1", "port", smtpPort, "from", "slipway@127.0.0.1"));
        config.put("users", users);
        config.put("delivery", Map.of("attempts", 2, "backoffMillis", 10));
        Files.writeString(data.resolve("notifications.json"), JSON.writeValueAsString(config));
        server = TestServer.start(data);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Object::toString).sorted().toList();
    }

    @Test
    void emailextFromAFailurePostBlockReachesCommittersRequestorAndCcWithHtmlBodyAndCompressedLog() throws Exception {
        startServer(smtp.getSmtp().getPort());
        String pipeline = """
                pipeline {
                    agent any
                    parameters { string(name: 'TARGET', defaultValue: 'staging', description: 'where') }
                    stages {
                        stage('Build') { steps { echo 'compiling' } }
                        stage('Test') { steps { sh 'test ! -f broken.txt' } }
                    }
                    post {
                        failure {
                            emailext(to: 'team@127.0.0.1, cc:lead@127.0.0.1', subject: '$DEFAULT_SUBJECT',
                                body: '$DEFAULT_CONTENT', recipientProviders: [developers(), requestor()],
                                attachLog: true, compressLog: true)
                        }
                    }
                }
                """;
        String url;
        try (GitFixture git = GitFixture.create(repos.resolve("orders"))) {
            git.commit("add pipeline", Map.of("Jenkinsfile", pipeline));
            url = git.url();
            server.createRepositoryJob("order-service", url);
            assertThat(server.awaitEnd("order-service", server.trigger("order-service")).path("status").asText())
                    .isEqualTo("SUCCESS");
            git.commitAs("Alice Dev", "alice@127.0.0.1", "break the tests", Map.of("broken.txt", "x"));
            git.commitAs("Bob Dev", "bob@127.0.0.1", "tidy the README", Map.of("README.md", "# orders"));
        }
        int number = server.trigger("order-service");
        assertThat(server.awaitEnd("order-service", number).path("status").asText()).isEqualTo("FAILURE");
        assertThat(smtp.getReceivedMessages()).as(server.log("order-service", number)).isNotEmpty();

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("order-service #2 FAILURE");
        assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly(
                "admin@127.0.0.1", "alice@127.0.0.1", "bob@127.0.0.1", "team@127.0.0.1");
        assertThat(addresses(mail.getRecipients(Message.RecipientType.CC))).containsExactly("lead@127.0.0.1");
        assertThat(addresses(mail.getFrom())).containsExactly("slipway@127.0.0.1");
        // every recipient's mailbox got it: 4 to + 1 cc
        assertThat(smtp.getReceivedMessages()).hasSize(5);

        Multipart parts = (Multipart) mail.getContent();
        BodyPart html = parts.getBodyPart(0);
        assertThat(html.getContentType()).startsWith("text/html");
        String body = (String) html.getContent();
        assertThat(body).contains("order-service #2", "FAILURE", "Started by user admin")
                .contains("Failed stage:</strong> Test")
                .contains("TARGET", "staging")
                .contains("break the tests", "Alice Dev", "tidy the README", "Bob Dev")
                .contains("href=\"http://127.0.0.1:8080/jobs/order-service/builds/2\"")
                .contains("ERROR: script returned exit code 1");

        BodyPart attachment = parts.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("build.zip");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(attachment.getInputStream().readAllBytes()))) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("build.log");
            String log = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(log).contains("Started by user admin", "compiling", "script returned exit code 1");
        }
        assertThat(server.log("order-service", number)).contains("[emailext] Mail sent via 127.0.0.1:" + smtp.getSmtp().getPort());
    }

    @Test
    void culpritsAreEveryCommitterSinceTheLastSuccessAndDevelopersOnlyThisBuildsOnes() throws Exception {
        startServer(smtp.getSmtp().getPort(), Map.of());
        String pipeline = """
                pipeline {
                    agent any
                    stages { stage('Test') { steps { sh 'test ! -f broken.txt' } } }
                    post {
                        failure {
                            emailext(subject: 'culprits of $BUILD_NUMBER', body: 'x', recipientProviders: [culprits()])
                            emailext(subject: 'developers of $BUILD_NUMBER', body: 'x',
                                     recipientProviders: [developers(), requestor()])
                        }
                    }
                }
                """;
        try (GitFixture git = GitFixture.create(repos.resolve("cart"))) {
            git.commit("add pipeline", Map.of("Jenkinsfile", pipeline));
            server.createRepositoryJob("cart", git.url());
            assertThat(server.awaitEnd("cart", server.trigger("cart")).path("status").asText()).isEqualTo("SUCCESS");
            git.commitAs("Alice Dev", "alice@127.0.0.1", "break it", Map.of("broken.txt", "x"));
            assertThat(server.awaitEnd("cart", server.trigger("cart")).path("status").asText()).isEqualTo("FAILURE");
            git.commitAs("Carol Dev", "carol@127.0.0.1", "still broken", Map.of("more.txt", "y"));
        }
        int third = server.trigger("cart");
        assertThat(server.awaitEnd("cart", third).path("status").asText()).isEqualTo("FAILURE");

        Map<String, List<String>> bySubject = new LinkedHashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            bySubject.put(mail.getSubject(), addresses(mail.getRecipients(Message.RecipientType.TO)));
        }
        assertThat(bySubject).containsEntry("culprits of 3", List.of("alice@127.0.0.1", "carol@127.0.0.1"))
                .containsEntry("developers of 3", List.of("carol@127.0.0.1"))
                .containsEntry("culprits of 2", List.of("alice@127.0.0.1"));
        assertThat(server.log("cart", third)).contains("[emailext] requestor(): no e-mail address is known for the"
                + " user who started the build (Started by user admin); skipped");
    }

    @Test
    void mailStepSendsPlainTextToToCcAndBccWithReplyTo() throws Exception {
        startServer(smtp.getSmtp().getPort());
        server.createInlineJob("notes", """
                pipeline {
                    agent any
                    stages { stage('Build') { steps { echo 'hello' } } }
                    post {
                        always {
                            mail(to: 'dev@127.0.0.1', cc: 'qa@127.0.0.1', bcc: 'audit@127.0.0.1',
                                 replyTo: 'noreply@127.0.0.1', from: 'builds@127.0.0.1',
                                 subject: "notes #${env.BUILD_NUMBER} ${currentBuild.currentResult}",
                                 body: 'All good.\\nSee the log.', charset: 'UTF-8')
                        }
                    }
                }
                """);
        int number = server.trigger("notes");
        assertThat(server.awaitEnd("notes", number).path("status").asText()).isEqualTo("SUCCESS");
        assertThat(smtp.waitForIncomingEmail(5000, 3)).as(server.log("notes", number)).isTrue();

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("notes #1 SUCCESS");
        assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly("dev@127.0.0.1");
        assertThat(addresses(mail.getRecipients(Message.RecipientType.CC))).containsExactly("qa@127.0.0.1");
        assertThat(mail.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(addresses(mail.getReplyTo())).containsExactly("noreply@127.0.0.1");
        assertThat(addresses(mail.getFrom())).containsExactly("builds@127.0.0.1");
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(GreenMailUtil.getBody(mail)).contains("All good.");
        // the blind copy reached its mailbox without being named in the headers
        assertThat(smtp.findReceivedMessages(u -> u.getEmail().equals("audit@127.0.0.1"), m -> true).count())
                .isEqualTo(1);
        assertThat(server.log("notes", number)).contains("bcc 1 recipient(s)").doesNotContain("audit@127.0.0.1");
    }

    @Test
    void anSmtpServerThatIsDownLeavesTheBuildResultAndTheLogSaysWhy() throws Exception {
        int down = closedPort();
        startServer(down);
        server.createInlineJob("quiet", """
                pipeline {
                    agent any
                    stages { stage('Build') { steps { echo 'built' } } }
                    post { success { mail(to: 'dev@127.0.0.1', subject: 'built', body: 'ok') } }
                }
                """);
        int number = server.trigger("quiet");
        assertThat(server.awaitEnd("quiet", number).path("status").asText()).isEqualTo("SUCCESS");
        String log = server.log("quiet", number);
        assertThat(log).contains("[mail] attempt 1 of 2 failed: cannot connect to the SMTP server 127.0.0.1:" + down)
                .contains("[mail] WARNING: mail was not sent: cannot connect to the SMTP server 127.0.0.1:" + down)
                .contains("the build's result is unchanged")
                .contains("Finished: SUCCESS");
    }

    @Test
    void failOnErrorMakesAnUnsentMailFailTheBuild() throws Exception {
        int down = closedPort();
        startServer(down);
        server.createInlineJob("strict", """
                pipeline {
                    agent any
                    stages { stage('Build') { steps { echo 'built' } } }
                    post { always { mail(to: 'dev@127.0.0.1', subject: 'built', body: 'ok', failOnError: true) } }
                }
                """);
        int number = server.trigger("strict");
        assertThat(server.awaitEnd("strict", number).path("status").asText()).isEqualTo("FAILURE");
        assertThat(server.log("strict", number)).contains("mail was not sent: cannot connect to the SMTP server");
    }

    @Test
    void aSecretUsedInAMailIsMaskedInSubjectAndBody() throws Exception {
        startServer(smtp.getSmtp().getPort());
        var created = server.post("/api/credentials", Map.of("id", "deploy-key", "type", "string",
                "secret", "tok-9f8e7d6c5b4a"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        server.createInlineJob("leaky", """
                pipeline {
                    agent any
                    stages { stage('Build') { steps { echo 'built' } } }
                    post {
                        always {
                            withCredentials([string(credentialsId: 'deploy-key', variable: 'KEY')]) {
                                mail(to: 'dev@127.0.0.1', subject: "key ${env.KEY}", body: "the key is ${env.KEY}")
                            }
                        }
                    }
                }
                """);
        int number = server.trigger("leaky");
        assertThat(server.awaitEnd("leaky", number).path("status").asText()).isEqualTo("SUCCESS");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).as(server.log("leaky", number)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("key ****");
        assertThat(GreenMailUtil.getBody(mail)).contains("the key is ****").doesNotContain("tok-9f8e7d6c5b4a");
        assertThat(server.log("leaky", number)).doesNotContain("tok-9f8e7d6c5b4a");
    }
}
