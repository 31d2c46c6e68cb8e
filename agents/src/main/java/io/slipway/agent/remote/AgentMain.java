package io.slipway.agent.remote;

import io.slipway.agent.builtin.BuiltinSteps;
import io.slipway.agent.step.StepRegistry;

/**
 * {@code java -jar slipway-agent.jar --server URL --token T --labels linux,docker --executors 2}: a remote agent
 * that connects out to a Slipway server and runs the workspace steps of builds whose {@code agent { label }}
 * matches its labels. Exits 2 on a bad command line, 3 when the server refuses the token, 4 when it refuses the
 * {@code --name} (another online agent uses it).
 */
public final class AgentMain {

    private AgentMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.print(AgentOptions.USAGE);
            return;
        }
        AgentOptions options;
        try {
            options = AgentOptions.parse(args, System.getenv());
        } catch (AgentOptions.Invalid e) {
            System.err.println("slipway-agent: " + e.getMessage());
            System.err.print(AgentOptions.USAGE);
            System.exit(2);
            return;
        }
        System.out.println("slipway-agent: " + options.name() + " starting (" + options + ")");
        int code = new RemoteAgent(options, new StepRegistry(BuiltinSteps.all()), System.out).run();
        System.exit(code);
    }
}
