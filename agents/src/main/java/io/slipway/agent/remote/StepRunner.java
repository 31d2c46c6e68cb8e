package io.slipway.agent.remote;

import io.slipway.agent.credentials.SecretFileStep;
import io.slipway.agent.files.Stashes;
import io.slipway.agent.log.LogSink;
import io.slipway.agent.log.SecretMasker;
import io.slipway.agent.remote.protocol.Message;
import io.slipway.agent.step.BuildExtensions;
import io.slipway.agent.step.BuildServices;
import io.slipway.agent.step.CredentialLookup;
import io.slipway.agent.step.InputGate;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepRegistry;
import io.slipway.agent.step.StepResult;
import io.slipway.agent.tests.TestReport;
import io.slipway.agent.tests.TestResultRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the step calls the server sends, each on its own thread, with the same executors the server uses
 * ({@link StepRegistry}): output lines are masked with the values sent for that call and queued in the
 * {@link Outbox}, then the result. A call id is run once, however often the server sends it (it does after a
 * reconnect). A cancel interrupts the call's thread. Thread-safe.
 */
final class StepRunner implements AutoCloseable {

    private static final int REMEMBERED_CALLS = 10_000;
    /** Calls only the engine sends, besides the steps of the registry: withCredentials' secret files. */
    private static final StepRegistry INTERNAL = new StepRegistry(SecretFileStep.all());

    private final StepRegistry registry;
    private final Outbox outbox;
    private final Path workDir;
    private final BuildFiles files;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "step");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    /** Call ids already taken, oldest first (bounded), so a resent call is not run twice. */
    private final Map<String, Boolean> seen = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    });

    private record Running(Future<?> future, AtomicBoolean cancelled) {
    }

    StepRunner(StepRegistry registry, Outbox outbox, Path workDir, BuildFiles files) {
        this.registry = registry;
        this.outbox = outbox;
        this.workDir = workDir;
        this.files = files;
    }

    void submit(Message.RunStep request) {
        if (seen.putIfAbsent(request.call(), Boolean.TRUE) != null) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        synchronized (running) {
            running.put(request.call(), new Running(threads.submit(() -> run(request, cancelled)), cancelled));
        }
    }

    void cancel(String call) {
        Running r;
        synchronized (running) {
            r = running.get(call);
        }
        if (r != null) {
            r.cancelled().set(true);
            r.future().cancel(true);
        }
    }

    private void run(Message.RunStep request, AtomicBoolean cancelled) {
        SecretMasker masker = new SecretMasker();
        request.mask().forEach(masker::add);
        String call = request.call();
        LogSink log = line -> outbox.append(seq -> new Message.Log(seq, call, masker.mask(line)));
        AtomicReference<TestReport> tests = new AtomicReference<>();
        Message.Result result;
        try {
            Path cwd = Path.of(request.cwd());
            Files.createDirectories(cwd);
            // a fresh folder per call: what it holds afterwards is exactly what this call made for the server
            Path buildDir = workDir.resolve("builds").resolve(request.job().replace('/', '_'))
                    .resolve(Integer.toString(request.build())).resolve(call);
            Files.createDirectories(buildDir);
            fetchStash(request, buildDir);
            TestResultRecorder recorder = report -> {
                tests.accumulateAndGet(report, (a, b) -> a == null ? b : a.plus(b));
                return tests.get();
            };
            BuildServices services = new BuildServices(log, masker, cancelled::get, change -> { },
                    id -> Optional.<CredentialLookup.StepCredential>empty(), noInputs(), buildDir,
                    BuildExtensions.none().with(TestResultRecorder.class, recorder));
            StepContext ctx = new StepContext(Path.of(request.workspace()), cwd, request.env(), services);
            StepExecutor executor = registry.find(request.step()).or(() -> INTERNAL.find(request.step())).orElseThrow(() -> new StepFailure(
                    request.location() + ": this agent has no step '" + request.step() + "'"));
            StepCall stepCall = new StepCall(request.step(), request.args(), request.named(), Optional.empty(),
                    request.location());
            StepResult done = executor.run(stepCall, ctx);
            sendProducedFiles(request, stepCall, buildDir);
            result = new Message.Result(0, call, done.value(), done.buildResult(), done.stageResult(), null, null,
                    false, tests.get());
        } catch (StepFailure e) {
            result = new Message.Result(0, call, null, null, null, masker.mask(e.getMessage()), e.result(), false,
                    tests.get());
        } catch (InterruptedException e) {
            result = new Message.Result(0, call, null, null, null, null, null, true, null);
        } catch (IOException | RuntimeException e) {
            result = new Message.Result(0, call, null, null, null, masker.mask(request.location() + ": "
                    + request.step() + " failed on the agent: " + e), "FAILURE", false, tests.get());
        } finally {
            synchronized (running) {
                running.remove(call);
            }
            deleteQuietly(workDir.resolve("builds").resolve(request.job().replace('/', '_'))
                    .resolve(Integer.toString(request.build())).resolve(call));
        }
        Message.Result r = result;
        outbox.append(seq -> new Message.Result(seq, r.call(), r.value(), r.buildResult(), r.stageResult(),
                r.failure(), r.failureResult(), r.interrupted() || cancelled.get(), r.tests()));
    }

    /** {@code unstash}: the stash's files come from the server's build folder first. */
    private void fetchStash(Message.RunStep request, Path buildDir) throws IOException, InterruptedException {
        if (!request.step().equals("unstash") || files == null) {
            return;
        }
        Object name = request.named().containsKey("name") ? request.named().get("name")
                : request.args().isEmpty() ? null : request.args().get(0);
        if (name != null) {
            files.fetch(request.job(), request.build(), "stashes/" + Stashes.folderName(String.valueOf(name)), buildDir);
        }
    }

    /** {@code stash} and {@code archiveArtifacts}: what they put in the build folder goes to the server's. */
    private void sendProducedFiles(Message.RunStep request, StepCall call, Path buildDir)
            throws IOException, InterruptedException {
        if (files == null || !(call.name().equals("stash") || call.name().equals("archiveArtifacts"))) {
            return;
        }
        String replace = null;
        if (call.name().equals("stash")) {
            replace = "stashes/" + Stashes.folderName(call.requiredText("name"));
        }
        files.send(request.job(), request.build(), buildDir, replace);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leftovers of one call; the next build of the job does not read them
        }
    }

    private static InputGate noInputs() {
        return request -> {
            throw new StepFailure("input cannot wait on an agent");
        };
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
