package io.slipway.agent.consul;

import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code consulRegister(service: 'shop', id: 'shop-green', address: '127.0.0.1', port: 8082, tags: ['green'],
 * check: [http: 'http://127.0.0.1:8082/health', interval: '10s'])}: registers a service instance at the Consul
 * agent of {@link ConsulSettings}. {@code id} defaults to the service name. When Consul already holds the instance
 * as asked, nothing is written. Records a {@code consul.service} change ({@link ConsulEntry} JSON; before null
 * when the id was not registered).
 */
public final class ConsulRegisterStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("service", "id", "address", "port", "tags", "check");
    private static final Set<String> CHECK_KEYS = Set.of("http", "interval");

    private final ConsulRegistry registry;

    public ConsulRegisterStep(ConsulRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String step() {
        return "consulRegister";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        String service = args.requiredText("service");
        String id = args.text("id").orElse(service);
        String address = args.text("address").orElse(null);
        Object portValue = call.arg("port").orElseThrow(() -> args.failure("missing argument 'port'"));
        int port = (int) args.wholeNumber("argument 'port'", portValue, 1, 65535);
        String checkHttp = null;
        long interval = 0;
        Optional<Map<String, Object>> check = args.map("check");
        if (check.isPresent()) {
            args.onlyKeys("argument 'check'", check.get(), CHECK_KEYS);
            Object http = check.get().get("http");
            if (http == null || !String.valueOf(http).matches("https?://\\S+")) {
                throw args.failure("argument 'check': 'http' must be an http:// or https:// URL, was '" + http + "'");
            }
            checkHttp = String.valueOf(http);
            interval = Intervals.seconds(args, check.get().getOrDefault("interval", "10s"));
        }
        ConsulEntry wanted = new ConsulEntry(id, service, address, port, args.textList("tags"), checkHttp, interval);
        ConsulSettings settings = ConsulSteps.settings(ctx);

        Optional<ConsulEntry> before = registry.find(settings, id);
        if (before.isPresent() && before.get().equals(wanted)) {
            ctx.log().line("consulRegister: '" + id + "' is already registered as requested at " + settings
                    + "; nothing changed");
            return StepResult.of(false);
        }
        registry.register(settings, wanted);
        ctx.changes().record(new ChangeLog.Change("consul.service", id,
                before.map(ConsulEntry::toJsonText).orElse(null), wanted.toJsonText()));
        ctx.log().line("consulRegister: registered '" + id + "' (service '" + service + "' at "
                + (address == null ? "the agent's address" : address) + ":" + port + ") at " + settings);
        return StepResult.of(true);
    }
}
