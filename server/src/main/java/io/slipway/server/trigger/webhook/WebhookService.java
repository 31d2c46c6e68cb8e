package io.slipway.server.trigger.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.Enqueued;
import io.slipway.server.queue.QuietPeriod;
import io.slipway.server.queue.SourceRevision;
import io.slipway.server.queue.TriggerRequest;
import io.slipway.server.store.WebhookStore;
import io.slipway.server.store.WebhookStore.DeliveryRow;
import io.slipway.server.trigger.PushEvent;
import io.slipway.server.trigger.PushEvents;
import io.slipway.server.trigger.RepositoryUrls;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one webhook delivery. In order: read the payload (only to learn which repository it is
 * about), verify the signature against that repository's secrets (the jobs' own and the server-wide
 * one), store the delivery (a redelivery of a stored delivery id starts nothing), then act: a push
 * queues every job of that repository whose branch specifier matches (joining a build still waiting
 * in its quiet period), a pull/merge request queues a build of its head for the jobs of its target
 * branch, a ping answers "pong". A rejected delivery is recorded too, under a key of its own so that it
 * can never block the genuine delivery of the same id.
 */
public final class WebhookService {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookService.class);

    /** What the endpoint answers: the HTTP status and a JSON body. */
    public record Outcome(int status, Map<String, Object> body) {
    }

    private final JobService jobs;
    private final BuildQueue queue;
    private final WebhookStore store;
    private final WebhookSettings settings;
    private final PushEvents pushes;
    private final Consumer<String> repositoryChanged;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration defaultQuietPeriod;

    public WebhookService(JobService jobs, BuildQueue queue, WebhookStore store, WebhookSettings settings,
            PushEvents pushes, Consumer<String> repositoryChanged, ObjectMapper json, Clock clock,
            Duration defaultQuietPeriod) {
        this.jobs = jobs;
        this.queue = queue;
        this.store = store;
        this.settings = settings;
        this.pushes = pushes;
        this.repositoryChanged = repositoryChanged;
        this.json = json;
        this.clock = clock;
        this.defaultQuietPeriod = defaultQuietPeriod;
    }

    public Outcome receive(Provider provider, Function<String, String> headers, byte[] body, String client) {
        String deliveryId = Optional.ofNullable(headers.apply(provider.deliveryHeader())).filter(s -> !s.isBlank())
                .orElse(UUID.randomUUID().toString());
        String event = Optional.ofNullable(headers.apply(provider.eventHeader())).orElse(
                provider == Provider.GENERIC ? "push" : "");
        List<WebhookEvent> events;
        try {
            events = PayloadReader.read(provider, event, json.readTree(body));
        } catch (IOException | RuntimeException e) {
            return reject(provider, deliveryId, event, null, client, 400, "invalid payload: not the JSON " + provider.path()
                    + " sends");
        }
        Set<String> urls = new LinkedHashSet<>();
        events.forEach(e -> urls.addAll(e.repositoryUrls()));
        String repository = urls.isEmpty() ? null : urls.iterator().next();

        List<Job> repositoryJobs = jobsOf(urls);
        Authorization authorization = authorize(provider, headers, body, urls, repositoryJobs);
        if (!authorization.any()) {
            String reason = !authorization.configured() ? "no webhook secret is configured for this repository"
                    : Signatures.present(provider, headers) ? "the signature does not match" : "the signature is missing";
            return reject(provider, deliveryId, event, repository, client, 401, reason);
        }

        String key = provider.path() + ":" + deliveryId;
        try {
            store.insert(new DeliveryRow(key, provider.path(), deliveryId, event.isEmpty() ? "unknown" : event, repository,
                    null, null, clock.instant(), "received", null, "", client));
        } catch (RuntimeException duplicate) {
            // The primary key refused it: a redelivery (possibly at the same moment as the first one).
            if (store.count(key) > 0) {
                return answer(200, deliveryId, event, "duplicate", List.of(), "this delivery was received before");
            }
            throw duplicate;
        }

        List<String> builds = new ArrayList<>();
        String outcome = "ignored";
        String detail = null;
        String ref = null;
        String commit = null;
        for (WebhookEvent e : events) {
            ref = e.ref();
            commit = e.commit();
            switch (e.kind()) {
                case PING -> outcome = "pong";
                case IGNORED -> detail = "event " + e.event() + " starts no build";
                case PUSH -> {
                    pushes.publish(new PushEvent(e.repository(), e.ref(), e.before(), e.commit(), e.created(), e.deleted()));
                    if (e.created() || e.deleted()) {
                        e.repositoryUrls().stream().findFirst().ifPresent(repositoryChanged);
                    }
                    if (!e.deleted()) {
                        builds.addAll(start(provider, e, authorization, repositoryJobs));
                    }
                    outcome = "accepted";
                }
                case CHANGE_REQUEST -> {
                    builds.addAll(start(provider, e, authorization, repositoryJobs));
                    outcome = "accepted";
                }
            }
        }
        if (outcome.equals("accepted") && builds.isEmpty()) {
            outcome = "no-match";
            detail = "no job of this repository builds " + ref;
        }
        store.finish(key, outcome, detail, String.join("\n", builds), repository, ref, commit);
        return answer(outcome.equals("pong") ? 200 : 202, deliveryId, event, outcome, builds, detail);
    }

    /** The Git jobs of any of these repository addresses. */
    private List<Job> jobsOf(Set<String> urls) {
        return jobs.list().stream()
                .filter(job -> job.source() instanceof GitSource git
                        && urls.stream().anyMatch(u -> RepositoryUrls.same(u, git.url())))
                .toList();
    }

    /** The secrets that may sign for these repositories, and which of them did. */
    private record Authorization(boolean configured, boolean repositoryWide, Set<String> jobs, Set<String> withSecret) {
        boolean any() {
            return repositoryWide || !jobs.isEmpty();
        }
    }

    private Authorization authorize(Provider provider, Function<String, String> headers, byte[] body, Set<String> urls,
            List<Job> repositoryJobs) {
        boolean configured = false;
        boolean repositoryWide = false;
        for (String url : urls) {
            Optional<String> secret = settings.repositorySecret(url);
            if (secret.isPresent()) {
                configured = true;
                repositoryWide |= Signatures.valid(provider, headers, body, secret.get());
            }
        }
        Set<String> signedJobs = new LinkedHashSet<>();
        Set<String> withSecret = new LinkedHashSet<>();
        for (Job job : repositoryJobs) {
            Optional<String> secret = settings.jobSecret(job.name());
            if (secret.isPresent()) {
                configured = true;
                withSecret.add(job.name());
                if (Signatures.valid(provider, headers, body, secret.get())) {
                    signedJobs.add(job.name());
                }
            }
        }
        return new Authorization(configured, repositoryWide, signedJobs, withSecret);
    }

    private List<String> start(Provider provider, WebhookEvent event, Authorization authorization,
            List<Job> repositoryJobs) {
        List<String> started = new ArrayList<>();
        for (Job job : repositoryJobs) {
            GitSource git = (GitSource) job.source();
            if (event.repositoryUrls().stream().noneMatch(u -> RepositoryUrls.same(u, git.url()))) {
                continue;
            }
            boolean hasOwnSecret = authorization.withSecret().contains(job.name());
            boolean allowed = hasOwnSecret ? authorization.jobs().contains(job.name()) : authorization.repositoryWide();
            if (!allowed) {
                continue;
            }
            SourceRevision revision;
            if (event.kind() == WebhookEvent.Kind.CHANGE_REQUEST) {
                if (!BranchSpec.matches(git.branch(), "refs/heads/" + event.change().target())) {
                    continue;
                }
                revision = SourceRevision.changeRequest(event.change(), event.ref(), event.commit());
            } else {
                if (!BranchSpec.matches(git.branch(), event.ref())) {
                    continue;
                }
                revision = event.ref().startsWith("refs/tags/")
                        ? SourceRevision.tag(event.ref().substring("refs/tags/".length()), event.commit())
                        : SourceRevision.branch(event.ref().substring("refs/heads/".length()), event.commit());
            }
            String cause = cause(provider, event);
            try {
                Enqueued enqueued = queue.enqueue(job.name(),
                        new TriggerRequest(Map.of(), cause, revision), quietPeriod());
                started.add(job.name() + "#" + enqueued.build().number() + (enqueued.merged() ? " (merged)" : ""));
            } catch (RuntimeException e) {
                LOG.warn("webhook: cannot queue job {}: {}", job.name(), e.getMessage());
                started.add(job.name() + " (not queued: " + e.getMessage() + ")");
            }
        }
        return started;
    }

    private QuietPeriod quietPeriod() {
        return (job, pipeline) -> pipeline.options().quietPeriodSeconds().map(Duration::ofSeconds)
                .or(() -> settings.quietPeriod(job.name()).map(Duration::ofSeconds))
                .orElse(defaultQuietPeriod);
    }

    private static String cause(Provider provider, WebhookEvent event) {
        String who = event.change() != null && event.change().author() != null ? " by " + event.change().author() : "";
        String what = switch (event.kind()) {
            case CHANGE_REQUEST -> "pull request " + event.change().branchName() + " " + event.event();
            default -> "push to " + event.ref();
        };
        return "Started by " + display(provider) + " " + what + who;
    }

    private static String display(Provider provider) {
        return switch (provider) {
            case GITHUB -> "GitHub";
            case GITLAB -> "GitLab";
            case GITEA -> "Gitea";
            case BITBUCKET -> "Bitbucket";
            case GENERIC -> "webhook";
        };
    }

    private Outcome reject(Provider provider, String deliveryId, String event, String repository, String client,
            int status, String reason) {
        try {
            store.insert(new DeliveryRow("rejected:" + provider.path() + ":" + deliveryId + ":" + UUID.randomUUID(),
                    provider.path(), deliveryId, event.isEmpty() ? "unknown" : event, repository, null, null,
                    clock.instant(), status == 401 ? "unauthorized" : "invalid", reason, "", client));
        } catch (RuntimeException e) {
            LOG.warn("cannot record a rejected webhook delivery: {}", e.getMessage());
        }
        LOG.warn("webhook delivery {} from {} rejected: {}", deliveryId, client, reason);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", reason);
        body.put("delivery", deliveryId);
        return new Outcome(status, body);
    }

    private static Outcome answer(int status, String deliveryId, String event, String outcome, List<String> builds,
            String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delivery", deliveryId);
        body.put("event", event);
        body.put("outcome", outcome);
        body.put("builds", builds);
        if (detail != null) {
            body.put("detail", detail);
        }
        return new Outcome(status, body);
    }
}
