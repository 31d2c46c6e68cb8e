package io.slipway.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Notification settings from notifications.json and the environment, which wins. */
class NotifyConfigReaderTest {

    @TempDir
    Path data;
    private final NotifyConfigReader reader = new NotifyConfigReader(new ObjectMapper());

    @Test
    void theEnvironmentWinsFieldByFieldOverTheFile() throws Exception {
        Files.writeString(data.resolve("notifications.json"), """
                {"url": "https://file.example.com/", "smtp": {"host": "file-host", "port": 2525, "from": "file@x.io",
                 "credentialsId": "file-login"}, "users": {"alice": "alice@x.io"},
                 "delivery": {"attempts": 5, "backoffMillis": 250}}
                """);
        NotifyConfig config = reader.read(data, Map.of("SLIPWAY_SMTP_HOST", "env-host", "SLIPWAY_SMTP_STARTTLS", "true",
                "SLIPWAY_URL", "https://ci.example.com/"));

        assertThat(config.smtp()).isEqualTo(new SmtpConfig("env-host", 2525, "file@x.io", true, false, "file-login"));
        assertThat(config.url()).isEqualTo("https://ci.example.com");
        assertThat(config.users()).containsEntry("alice", "alice@x.io");
        assertThat(config.delivery().attempts()).isEqualTo(5);
        assertThat(config.delivery().backoff()).isEqualTo(Duration.ofMillis(250));
    }

    @ParameterizedTest(name = "STARTTLS {0}, SSL {1}: port {2}")
    @CsvSource({"false, false, 25", "true, false, 587", "false, true, 465"})
    void theDefaultPortFollowsTheTransport(String startTls, String ssl, int port) {
        NotifyConfig config = reader.read(data, Map.of("SLIPWAY_SMTP_HOST", "h", "SLIPWAY_SMTP_STARTTLS", startTls,
                "SLIPWAY_SMTP_SSL", ssl));
        assertThat(config.smtp().effectivePort()).isEqualTo(port);
    }

    @Test
    void withoutFileOrEnvironmentMailIsNotConfigured() {
        NotifyConfig config = reader.read(data, Map.of());
        assertThat(config.smtp().host()).isNull();
        assertThat(config.url()).isNull();
        assertThat(config.delivery().attempts()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SLIPWAY_SMTP_PORT=99999           | SLIPWAY_SMTP_PORT must be a port number 1-65535, was '99999'",
        "SLIPWAY_SMTP_STARTTLS=maybe       | SLIPWAY_SMTP_STARTTLS must be true or false, was 'maybe'",
        "SLIPWAY_SMTP_SSL=true             | SMTP: choose STARTTLS or SSL (implicit TLS), not both",
    })
    void aBadVariableIsNamedWithItsValue(String variable, String message) {
        String[] pair = variable.split("=");
        Map<String, String> env = pair[0].equals("SLIPWAY_SMTP_SSL")
                ? Map.of("SLIPWAY_SMTP_SSL", "true", "SLIPWAY_SMTP_STARTTLS", "true") : Map.of(pair[0], pair[1]);
        assertThatThrownBy(() -> reader.read(data, env)).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"smtp\": {\"starttls\": \"yes\"}}                          | notifications.json: smtp.starttls: must be true or false",
        "{\"delivery\": {\"attempts\": 0}}                           | notifications.json: delivery: attempts must be 1-10, was 0",
        "{\"dingtalk\": {\"robots\": {\"ops\": {}}}}                 | notifications.json: dingtalk.robots.ops: give exactly one of webhookUrl and webhookCredentialId",
        "{\"rules\": [{\"name\": \"r\"}]}                            | notifications.json: rules[0].step: is required (e.g. \"slackSend\")",
        "[1, 2]                                                     | must be a JSON object",
    })
    void aMistakeInTheFileNamesFileFieldAndReason(String json, String message) throws Exception {
        Files.writeString(data.resolve("notifications.json"), json);
        assertThatThrownBy(() -> reader.read(data, Map.of())).hasMessageContaining(message);
    }
}
