package io.slipway.agent.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agent's name on the command line and in the environment: which one counts and what is refused. */
class AgentOptionsTest {

    private static final String[] BASE = {"--server", "http://127.0.0.1:8080", "--token", "t"};

    private static String[] with(String... more) {
        String[] args = new String[BASE.length + more.length];
        System.arraycopy(BASE, 0, args, 0, BASE.length);
        System.arraycopy(more, 0, args, BASE.length, more.length);
        return args;
    }

    @Test
    void aNameFromTheFlagOrSlipwayAgentNameIsGivenAndTheFlagWins() {
        AgentOptions fromFlag = AgentOptions.parse(with("--name", "ci-box-1"), Map.of("HOSTNAME", "host-a"));
        assertThat(fromFlag.name()).isEqualTo("ci-box-1");
        assertThat(fromFlag.nameGiven()).isTrue();

        AgentOptions fromEnv = AgentOptions.parse(with(), Map.of("SLIPWAY_AGENT_NAME", "ci-box-2", "HOSTNAME", "host-a"));
        assertThat(fromEnv.name()).isEqualTo("ci-box-2");
        assertThat(fromEnv.nameGiven()).isTrue();

        AgentOptions both = AgentOptions.parse(with("--name=ci-box-3"), Map.of("SLIPWAY_AGENT_NAME", "ci-box-2"));
        assertThat(both.name()).isEqualTo("ci-box-3");
    }

    @Test
    void withoutAGivenNameTheHostNameOnlyLabelsTheAgentsOwnOutput() {
        AgentOptions options = AgentOptions.parse(with(), Map.of("HOSTNAME", "host-a"));
        assertThat(options.name()).isEqualTo("host-a");
        assertThat(options.nameGiven()).isFalse();
        assertThat(AgentOptions.parse(with(), Map.of()).name()).startsWith("agent-");
    }

    @Test
    void aNameTheServerWouldRefuseIsRefusedOnTheCommandLine() {
        assertThatThrownBy(() -> AgentOptions.parse(with("--name", "no spaces"), Map.of()))
                .isInstanceOf(AgentOptions.Invalid.class)
                .hasMessage("--name 'no spaces' must be 1-100 letters, digits, '.', '_' or '-', starting with a letter"
                        + " or digit");
        assertThatThrownBy(() -> AgentOptions.parse(with(), Map.of("SLIPWAY_AGENT_NAME", "-dash-first")))
                .isInstanceOf(AgentOptions.Invalid.class).hasMessageContaining("'-dash-first'");
    }
}
