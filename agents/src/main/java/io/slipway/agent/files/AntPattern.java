package io.slipway.agent.files;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Jenkins' {@code stash}, {@code archiveArtifacts}, {@code junit} and
 * {@code when { changeset }} take them: {@code **} matches any number of folders (none too, so
 * {@code **}{@code /*.xml} matches {@code a.xml}), {@code *} any text within one path segment,
 * {@code ?} one character; a pattern ending in {@code /} means everything under that folder. Paths
 * are relative and use {@code /}. Immutable.
 */
public final class AntPattern {

    /** Ant's default excludes (version control and editor files), which Jenkins' stash applies by default. */
    public static final List<AntPattern> DEFAULT_EXCLUDES = parseList(String.join(",", "**/*~", "**/#*#",
            "**/.#*", "**/%*%", "**/._*", "**/CVS", "**/CVS/**", "**/.cvsignore", "**/SCCS", "**/SCCS/**",
            "**/vssver.scc", "**/.svn", "**/.svn/**", "**/.DS_Store", "**/.git", "**/.git/**", "**/.gitattributes",
            "**/.gitignore", "**/.gitmodules", "**/.hg", "**/.hg/**", "**/.hgignore", "**/.hgsub",
            "**/.hgsubstate", "**/.hgtags", "**/.bzr", "**/.bzr/**", "**/.bzrignore"), true);

    private final String text;
    private final Pattern regex;

    private AntPattern(String text, boolean caseSensitive) {
        this.text = text;
        this.regex = Pattern.compile(toRegex(text), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
    }

    /** One pattern; backslashes count as {@code /} and a leading {@code ./} is ignored. */
    public static AntPattern of(String pattern, boolean caseSensitive) {
        String normal = pattern.trim().replace('\\', '/');
        while (normal.startsWith("./")) {
            normal = normal.substring(2);
        }
        if (normal.endsWith("/")) {
            normal = normal + "**";
        }
        return new AntPattern(normal, caseSensitive);
    }

    /** Comma-separated patterns (Jenkins' {@code includes: 'a/**, b/*.txt'}); blanks are dropped. */
    public static List<AntPattern> parseList(String patterns, boolean caseSensitive) {
        if (patterns == null) {
            return List.of();
        }
        return Arrays.stream(patterns.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> of(p, caseSensitive)).toList();
    }

    /** Whether the relative path (with {@code /} or the platform's separator) matches. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath.replace('\\', '/')).matches();
    }

    /** Whether any of {@code patterns} matches the path. */
    public static boolean anyMatches(List<AntPattern> patterns, String relativePath) {
        for (AntPattern pattern : patterns) {
            if (pattern.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}
