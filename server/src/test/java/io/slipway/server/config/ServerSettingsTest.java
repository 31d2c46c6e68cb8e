package io.slipway.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

    @Test
    void withoutSettingsAWebhookBuildStartsAtOnce() {
        assertThat(ServerSettings.fromEnvironment(Map.of()).quietPeriod()).isEqualTo(Duration.ZERO);
        assertThat(ServerSettings.fromEnvironment(Map.of("SLIPWAY_QUIET_PERIOD", " ")).quietPeriod())
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void theQuietPeriodIsReadInSeconds() {
        assertThat(ServerSettings.fromEnvironment(Map.of("SLIPWAY_QUIET_PERIOD", "45")).quietPeriod())
                .isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aQuietPeriodThatIsNoNumberOrNegativeIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> ServerSettings.fromEnvironment(Map.of("SLIPWAY_QUIET_PERIOD", "5s")))
                .hasMessage("SLIPWAY_QUIET_PERIOD must be a number, was '5s'");
        assertThatThrownBy(() -> ServerSettings.fromEnvironment(Map.of("SLIPWAY_QUIET_PERIOD", "-3")))
                .hasMessage("SLIPWAY_QUIET_PERIOD must be 0 or more seconds, was -3");
    }

    @Test
    void thePostgresqlPoolSizeDefaultsToTenAndRefusesLessThanTwo() {
        assertThat(ServerSettings.fromEnvironment(Map.of()).dbPoolSize()).isEqualTo(10);
        assertThat(ServerSettings.fromEnvironment(Map.of("SLIPWAY_DB_POOL_SIZE", "24")).dbPoolSize()).isEqualTo(24);
        assertThatThrownBy(() -> ServerSettings.fromEnvironment(Map.of("SLIPWAY_DB_POOL_SIZE", "1")))
                .hasMessage("SLIPWAY_DB_POOL_SIZE must be at least 2, was 1");
    }
}
