package io.slipway.agent.remote;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The agent's command line: {@code --server URL --token T --labels a,b --executors N --name NAME
 * --work-dir DIR}. The token may come from {@code SLIPWAY_AGENT_TOKEN} instead, so it stays out of {@code ps},
 * and the name from {@code SLIPWAY_AGENT_NAME}. A name given either way ({@code nameGiven}) is the one the
 * server shows for this agent (in {@code /api/agents}, the Agents page and build logs) and must not be used by
 * another online agent; without one, the server shows the name the token was created with, and {@code name}
 * ({@code HOSTNAME}, read from the environment and never resolved, or a generated one) only labels this
 * process's own output.
 */
public record AgentOptions(URI server, String token, List<String> labels, int executors, String name, Path workDir,
        boolean nameGiven) {

    /** What a name may be: as the names of {@code POST /api/agents}. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public static final String USAGE = """
            Usage: java -jar slipway-agent.jar --server URL [--token TOKEN] [options]
              --server URL      the Slipway server, e.g. http://127.0.0.1:8080
              --token TOKEN     this agent's token (from POST /api/agents); or set SLIPWAY_AGENT_TOKEN
              --labels a,b      labels offered to builds' agent { label '...' } (comma-separated)
              --executors N     builds this agent runs at once (default 1)
              --name NAME       the name the server shows for this agent, unique among online agents; or set
                                SLIPWAY_AGENT_NAME (default: the name its token was created with)
              --work-dir DIR    where workspaces live (default ./agent-work)
              --help            this text
            """;

    public AgentOptions {
        labels = List.copyOf(labels);
    }

    /** Thrown for a command line that cannot run; the message says what is wrong. */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    /** Parses {@code args}; an {@link Invalid} naming the flag at fault. */
    public static AgentOptions parse(String[] args, Map<String, String> env) {
        String server = null;
        String token = env.get("SLIPWAY_AGENT_TOKEN");
        List<String> labels = new ArrayList<>();
        int executors = 1;
        String name = blankToNull(env.get("SLIPWAY_AGENT_NAME"));
        Path workDir = Path.of("agent-work");
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value = null;
            int eq = flag.indexOf('=');
            if (flag.startsWith("--") && eq > 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            }
            if (!flag.equals("--help") && value == null) {
                if (i + 1 >= args.length) {
                    throw new Invalid(flag + " needs a value");
                }
                value = args[++i];
            }
            switch (flag) {
                case "--server" -> server = value;
                case "--token" -> token = value;
                case "--labels" -> Arrays.stream(value.split(",")).map(String::trim).filter(l -> !l.isEmpty())
                        .forEach(labels::add);
                case "--executors" -> executors = number(value);
                case "--name" -> name = value;
                case "--work-dir" -> workDir = Path.of(value);
                default -> throw new Invalid("unknown option '" + flag + "'");
            }
        }
        if (server == null || server.isBlank()) {
            throw new Invalid("--server is required");
        }
        if (token == null || token.isBlank()) {
            throw new Invalid("--token (or SLIPWAY_AGENT_TOKEN) is required");
        }
        URI uri;
        try {
            uri = URI.create(server.trim());
        } catch (IllegalArgumentException e) {
            throw new Invalid("--server '" + server + "' is not a URL");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new Invalid("--server '" + server + "' must be an http:// or https:// URL");
        }
        boolean nameGiven = name != null;
        if (nameGiven && !NAME.matcher(name.trim()).matches()) {
            throw new Invalid("--name '" + name + "' must be 1-100 letters, digits, '.', '_' or '-', starting with a"
                    + " letter or digit");
        }
        if (!nameGiven) {
            name = blankToNull(env.get("HOSTNAME"));
        }
        if (name == null) {
            name = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        }
        return new AgentOptions(uri, token.trim(), labels, executors, name.trim(), workDir.toAbsolutePath().normalize(),
                nameGiven);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int number(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1 || n > 1000) {
                throw new Invalid("--executors must be 1-1000, was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Invalid("--executors must be a number, was '" + value + "'");
        }
    }

    /** The WebSocket address of the server's agent endpoint. */
    public URI socketUri() {
        String base = server.toString().replaceFirst("/+$", "");
        return URI.create(base.replaceFirst("^http", "ws") + "/agent/connect");
    }

    @Override
    public String toString() {
        return "AgentOptions[" + server + ", labels " + labels + ", " + executors + " executors, " + name + ", "
                + workDir + "]";
    }
}
