package io.slipway.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.slipway.server.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which FreeMarker template writes $DEFAULT_CONTENT: the job's (API), the server's (data folder), the built-in. */
class MailTemplateTest {

    private static final String PIPELINE = """
            pipeline {
                agent any
                stages { stage('Build') { steps { echo 'built' } } }
                post { always { emailext(to: 'dev@127.0.0.1') } }
            }
            """;

    @TempDir
    Path data;
    GreenMail smtp;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        Files.writeString(data.resolve("notifications.json"), new ObjectMapper().writeValueAsString(Map.of(
                "smtp", Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(), "from", "ci@127.0.0.1"))));
        Files.createDirectories(data.resolve("templates"));
        Files.writeString(data.resolve("templates/mail.ftlh"),
                "<p>server template: ${build.job} #${build.number?c} is ${build.status}</p>");
        server = TestServer.start(data);
        server.createInlineJob("site", PIPELINE);
    }

    @AfterEach
    void stop() {
        server.close();
        smtp.stop();
    }

    /** Runs a build and returns the body of the one mail it sent. */
    private String mailedBody() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        var triggered = server.post("/api/jobs/site/builds", Map.of());
        int number = triggered.json().path("number").asInt();
        assertThat(server.awaitEnd("site", number).path("status").asText()).isEqualTo("SUCCESS");
        assertThat(smtp.getReceivedMessages()).as(server.log("site", number)).hasSize(1);
        return GreenMailUtil.getBody(smtp.getReceivedMessages()[0]);
    }

    @Test
    void theJobsTemplateWinsOverTheServersAndDeletingItFallsBack() throws Exception {
        assertThat(mailedBody()).contains("server template: site #1 is SUCCESS");

        var put = server.put("/api/jobs/site/notifications",
                Map.of("mailTemplate", "<h1>${build.job}</h1><p>job template for <b>${build.cause}</b></p>"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(server.get("/api/jobs/site/notifications").json().path("mailTemplate").asText())
                .startsWith("<h1>${build.job}</h1>");
        assertThat(mailedBody()).contains("<h1>site</h1><p>job template for <b>Started by user admin</b></p>");

        assertThat(server.delete("/api/jobs/site/notifications").status()).isEqualTo(204);
        assertThat(server.get("/api/jobs/site/notifications").json().path("mailTemplate").isTextual()).isFalse();
        assertThat(mailedBody()).contains("server template: site #3 is SUCCESS");

        Files.delete(data.resolve("templates/mail.ftlh"));
        assertThat(mailedBody()).contains("<title>site #4 SUCCESS</title>", "No changes.");
    }

    @Test
    void aTemplateThatDoesNotCompileIsRefusedWithItsPlace() {
        var reply = server.put("/api/jobs/site/notifications", Map.of("mailTemplate", "<p>${build.job</p>"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("fields").get(0).path("field").asText()).isEqualTo("mailTemplate");
        assertThat(reply.json().path("fields").get(0).path("reason").asText()).contains("does not compile", "line 1");

        assertThat(server.put("/api/jobs/nope/notifications", Map.of("mailTemplate", "<p/>")).status()).isEqualTo(404);
        assertThat(server.put("/api/jobs/site/notifications", Map.of("mailTemplat", "<p/>")).json()
                .path("fields").get(0).path("field").asText()).isEqualTo("mailTemplat");
    }

    @Test
    void aJobTemplateCannotRunCommandsOnTheServer() throws Exception {
        Path marker = data.resolve("pwned");
        var put = server.put("/api/jobs/site/notifications", Map.of("mailTemplate",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(mailedBody()).contains("site #1 SUCCESS");
        assertThat(marker).doesNotExist();
        assertThat(server.log("site", 1)).contains("[emailext] the mail template failed");
    }

    @Test
    void aTemplateThatFailsWhileRenderingStillSendsThePlainSummary() throws Exception {
        var put = server.put("/api/jobs/site/notifications", Map.of("mailTemplate", "<p>${build.nothingHere}</p>"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(mailedBody()).contains("site #1 SUCCESS");
        assertThat(server.log("site", 1)).contains("[emailext] the mail template failed, sending a plain summary instead",
                "nothingHere");
    }
}
