package io.slipway.server.trigger.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.queue.ChangeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the providers' documented payloads into {@link WebhookEvent}s. Only addresses are read from
 * them, never fetched. A Bitbucket push may carry several ref changes, hence a list.
 */
public final class PayloadReader {

    private static final String ZERO = "0000000000000000000000000000000000000000";

    private PayloadReader() {
    }

    public static List<WebhookEvent> read(Provider provider, String event, JsonNode body) {
        String name = event == null ? "" : event;
        return switch (provider) {
            case GITHUB -> github(name, body, "PR");
            case GITEA -> github(name, body, "PR");
            case GITLAB -> gitlab(name, body);
            case BITBUCKET -> bitbucket(name, body);
            case GENERIC -> generic(name, body);
        };
    }

    /** GitHub and Gitea share the push and pull_request shapes. */
    private static List<WebhookEvent> github(String event, JsonNode body, String prefix) {
        List<String> urls = urls(body.path("repository"), "clone_url", "ssh_url", "git_url", "html_url");
        switch (event) {
            case "ping":
                return List.of(WebhookEvent.ping(event, urls));
            case "push": {
                String ref = text(body, "ref");
                String after = text(body, "after");
                boolean deleted = body.path("deleted").asBoolean(false) || ZERO.equals(after);
                boolean created = body.path("created").asBoolean(false) || ZERO.equals(text(body, "before"));
                return List.of(new WebhookEvent(WebhookEvent.Kind.PUSH, event, urls, ref, text(body, "before"),
                        deleted ? null : after, created, deleted, null));
            }
            case "pull_request": {
                String action = text(body, "action");
                if (!List.of("opened", "reopened", "synchronize", "synchronized", "edited").contains(action)) {
                    return List.of(WebhookEvent.ignored(event + ":" + action, urls));
                }
                JsonNode pr = body.path("pull_request");
                String number = pr.path("number").asText(body.path("number").asText(""));
                String baseRepo = pr.path("base").path("repo").path("full_name").asText("");
                String headRepo = pr.path("head").path("repo").path("full_name").asText(baseRepo);
                ChangeRequest change = new ChangeRequest(number, prefix, text(pr.path("base"), "ref"),
                        text(pr.path("head"), "ref"), headRepo.equals(baseRepo) ? null : headRepo, text(pr, "html_url"),
                        text(pr, "title"), text(pr.path("user"), "login"), text(pr.path("user"), "full_name"),
                        text(pr.path("user"), "email"));
                return List.of(new WebhookEvent(WebhookEvent.Kind.CHANGE_REQUEST, event + ":" + action, urls,
                        "refs/pull/" + number + "/head", null, text(pr.path("head"), "sha"), false, false, change));
            }
            default:
                return List.of(WebhookEvent.ignored(event, urls));
        }
    }

    private static List<WebhookEvent> gitlab(String event, JsonNode body) {
        List<String> urls = new ArrayList<>(urls(body.path("project"), "git_http_url", "git_ssh_url", "web_url"));
        urls.addAll(urls(body.path("repository"), "git_http_url", "git_ssh_url", "homepage", "url"));
        String kind = text(body, "object_kind");
        if ("Push Hook".equals(event) || "Tag Push Hook".equals(event) || "push".equals(kind) || "tag_push".equals(kind)) {
            String after = text(body, "after");
            boolean deleted = ZERO.equals(after);
            String commit = deleted ? null : firstNonNull(text(body, "checkout_sha"), after);
            return List.of(new WebhookEvent(WebhookEvent.Kind.PUSH, event, urls, text(body, "ref"), text(body, "before"),
                    commit, ZERO.equals(text(body, "before")), deleted, null));
        }
        if ("Merge Request Hook".equals(event) || "merge_request".equals(kind)) {
            JsonNode mr = body.path("object_attributes");
            String action = text(mr, "action");
            if (action != null && !List.of("open", "reopen", "update").contains(action)) {
                return List.of(WebhookEvent.ignored(event + ":" + action, urls));
            }
            String source = mr.path("source").path("path_with_namespace").asText("");
            String target = mr.path("target").path("path_with_namespace").asText(source);
            String iid = mr.path("iid").asText();
            ChangeRequest change = new ChangeRequest(iid, "MR", text(mr, "target_branch"), text(mr, "source_branch"),
                    source.equals(target) ? null : source, text(mr, "url"), text(mr, "title"),
                    text(body.path("user"), "username"), text(body.path("user"), "name"), text(body.path("user"), "email"));
            return List.of(new WebhookEvent(WebhookEvent.Kind.CHANGE_REQUEST, event + ":" + action, urls,
                    "refs/merge-requests/" + iid + "/head", null, text(mr.path("last_commit"), "id"), false, false,
                    change));
        }
        return List.of(WebhookEvent.ignored(event, urls));
    }

    /** Bitbucket Cloud ({@code repo:push}, {@code pullrequest:*}) and Server ({@code repo:refs_changed}, {@code pr:*}). */
    private static List<WebhookEvent> bitbucket(String event, JsonNode body) {
        JsonNode repository = body.path("repository");
        List<String> urls = new ArrayList<>();
        repository.path("links").path("clone").forEach(link -> urls.add(link.path("href").asText()));
        if (repository.path("links").path("html").has("href")) {
            urls.add(repository.path("links").path("html").path("href").asText());
        }
        repository.path("links").path("self").forEach(link -> urls.add(link.path("href").asText()));
        switch (event) {
            case "diagnostics:ping":
                return List.of(WebhookEvent.ping(event, urls));
            case "repo:push": {
                List<WebhookEvent> events = new ArrayList<>();
                for (JsonNode change : body.path("push").path("changes")) {
                    JsonNode next = change.path("new");
                    JsonNode old = change.path("old");
                    JsonNode named = next.isMissingNode() || next.isNull() ? old : next;
                    String prefix = "tag".equals(named.path("type").asText()) ? "refs/tags/" : "refs/heads/";
                    boolean deleted = next.isMissingNode() || next.isNull();
                    events.add(new WebhookEvent(WebhookEvent.Kind.PUSH, event, urls, prefix + named.path("name").asText(),
                            text(old.path("target"), "hash"), deleted ? null : text(next.path("target"), "hash"),
                            old.isMissingNode() || old.isNull(), deleted, null));
                }
                return events;
            }
            case "repo:refs_changed": {
                List<WebhookEvent> events = new ArrayList<>();
                for (JsonNode change : body.path("changes")) {
                    String type = change.path("type").asText("UPDATE").toUpperCase(Locale.ROOT);
                    boolean deleted = type.equals("DELETE");
                    events.add(new WebhookEvent(WebhookEvent.Kind.PUSH, event, urls, text(change.path("ref"), "id"),
                            text(change, "fromHash"), deleted ? null : text(change, "toHash"), type.equals("ADD"),
                            deleted, null));
                }
                return events;
            }
            case "pullrequest:created", "pullrequest:updated": {
                JsonNode pr = body.path("pullrequest");
                String id = pr.path("id").asText();
                String sourceRepo = pr.path("source").path("repository").path("full_name").asText("");
                String targetRepo = pr.path("destination").path("repository").path("full_name").asText(sourceRepo);
                ChangeRequest change = new ChangeRequest(id, "PR", text(pr.path("destination").path("branch"), "name"),
                        text(pr.path("source").path("branch"), "name"), sourceRepo.equals(targetRepo) ? null : sourceRepo,
                        text(pr.path("links").path("html"), "href"), text(pr, "title"),
                        text(pr.path("author"), "nickname"), text(pr.path("author"), "display_name"), null);
                return List.of(new WebhookEvent(WebhookEvent.Kind.CHANGE_REQUEST, event, urls,
                        "refs/pull-requests/" + id + "/from", null, text(pr.path("source").path("commit"), "hash"),
                        false, false, change));
            }
            case "pr:opened", "pr:from_ref_updated", "pr:modified": {
                JsonNode pr = body.path("pullRequest");
                JsonNode from = pr.path("fromRef");
                JsonNode to = pr.path("toRef");
                List<String> prUrls = new ArrayList<>(urls);
                to.path("repository").path("links").path("clone").forEach(link -> prUrls.add(link.path("href").asText()));
                String id = pr.path("id").asText();
                String fromRepo = from.path("repository").path("slug").asText("");
                String toRepo = to.path("repository").path("slug").asText(fromRepo);
                ChangeRequest change = new ChangeRequest(id, "PR", text(to, "displayId"), text(from, "displayId"),
                        fromRepo.equals(toRepo) ? null : fromRepo, null, text(pr, "title"),
                        text(pr.path("author").path("user"), "name"), text(pr.path("author").path("user"), "displayName"),
                        text(pr.path("author").path("user"), "emailAddress"));
                return List.of(new WebhookEvent(WebhookEvent.Kind.CHANGE_REQUEST, event, prUrls,
                        "refs/pull-requests/" + id + "/from", null, text(from, "latestCommit"), false, false, change));
            }
            default:
                return List.of(WebhookEvent.ignored(event, urls));
        }
    }

    /** {@code {"repository": url, "ref": "refs/heads/main" or "main", "commit": sha}}. */
    private static List<WebhookEvent> generic(String event, JsonNode body) {
        JsonNode repository = body.path("repository");
        String url = repository.isObject() ? text(repository, "url") : text(body, "repository");
        String ref = text(body, "ref");
        if (ref != null && !ref.startsWith("refs/")) {
            ref = "refs/heads/" + ref;
        }
        boolean deleted = body.path("deleted").asBoolean(false);
        return List.of(new WebhookEvent(WebhookEvent.Kind.PUSH, event.isEmpty() ? "push" : event,
                url == null ? List.of() : List.of(url), ref, text(body, "before"), deleted ? null : text(body, "commit"),
                body.path("created").asBoolean(false), deleted, null));
    }

    private static List<String> urls(JsonNode node, String... fields) {
        List<String> urls = new ArrayList<>();
        for (String field : fields) {
            String value = text(node, field);
            if (value != null && !value.isBlank()) {
                urls.add(value);
            }
        }
        return urls;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
