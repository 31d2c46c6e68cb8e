package io.slipway.server.trigger;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells whether two ways of writing a Git repository's address name the same repository, without
 * ever resolving a host name. {@code https://Host/owner/repo}, {@code http://host/owner/repo.git/},
 * {@code ssh://git@host:2222/owner/repo.git}, {@code git@host:owner/repo.git} and
 * {@code git://host/owner/repo} all have the key {@code host/owner/repo}: scheme, user, password,
 * port, a trailing {@code .git} or slash, query and fragment are dropped, and host and path compare
 * without case (GitHub, GitLab, Gitea and Bitbucket treat owner and name so). Bitbucket Server's
 * {@code /scm/PROJECT/repo} clone path is the same as its SSH path {@code PROJECT/repo}. Local
 * repositories ({@code file://} URLs and absolute paths) keep their path's case.
 */
public final class RepositoryUrls {

    private RepositoryUrls() {
    }

    /** The comparison key of {@code url}; empty when it is blank or not a repository address. */
    public static Optional<String> key(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String text = url.trim();
        if (text.startsWith("file:") || text.startsWith("/")) {
            return Optional.of("file:" + trimRepositoryPath(localPath(text)));
        }
        int scheme = text.indexOf("://");
        String hostAndPath;
        if (scheme > 0) {
            hostAndPath = text.substring(scheme + 3);
        } else if (text.indexOf(':') > 0 && text.indexOf(':') < slashOrEnd(text)) {
            // scp-like: [user@]host:path
            hostAndPath = text.substring(0, text.indexOf(':')) + "/" + text.substring(text.indexOf(':') + 1);
        } else {
            return Optional.empty();
        }
        hostAndPath = cut(cut(hostAndPath, '#'), '?');
        int slash = hostAndPath.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String authority = hostAndPath.substring(0, slash);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        host = stripPort(host);
        String path = trimRepositoryPath(hostAndPath.substring(slash + 1));
        if (host.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        String[] segments = path.split("/");
        if (segments.length == 3 && segments[0].equalsIgnoreCase("scm")) {
            path = segments[1] + "/" + segments[2];
        }
        return Optional.of((host + "/" + path).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code a} and {@code b} name the same repository (false when either is no address). */
    public static boolean same(String a, String b) {
        Optional<String> left = key(a);
        return left.isPresent() && left.equals(key(b));
    }

    private static String localPath(String text) {
        String path = text;
        if (path.startsWith("file://")) {
            path = path.substring("file://".length());
        } else if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        // file://localhost/x and file:///x are the same local path
        if (path.startsWith("localhost/")) {
            path = path.substring("localhost".length());
        }
        while (path.startsWith("//")) {
            path = path.substring(1);
        }
        return path;
    }

    private static String trimRepositoryPath(String raw) {
        String path = raw;
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".git")) {
            path = path.substring(0, path.length() - 4);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        while (path.startsWith("/") && !raw.startsWith("/")) {
            path = path.substring(1);
        }
        return path.startsWith("~") ? path.substring(1) : path;
    }

    private static String stripPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.lastIndexOf(':');
        return colon >= 0 ? host.substring(0, colon) : host;
    }

    private static int slashOrEnd(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? text.length() : slash;
    }

    private static String cut(String text, char at) {
        int index = text.indexOf(at);
        return index < 0 ? text : text.substring(0, index);
    }
}
