package io.slipway.gateway.route;

/**
 * The form of a request path that routes are matched against, as Kong 3 normalises it before
 * matching: percent-encoded characters are decoded unless they are reserved ({@code %2F} stays
 * {@code %2F}, with its hex digits upper-cased), dot segments are removed (RFC 3986, 5.2.4) and runs of
 * slashes merged. So {@code /%61dmin}, {@code //admin} and {@code /public/../admin} all meet the
 * route for {@code /admin} and the plugins guarding it. The raw path is what goes upstream.
 * <p>
 * Decoding is limited to ASCII: an escaped byte of 0x80 or above stays escaped (upper-cased), where
 * Kong would decode it to the raw byte. A path with nothing to change, nearly every path, is
 * returned as the same instance without copying.
 */
public final class RequestPath {

    /** Kong's reserved characters (RFC 3986 gen-delims and sub-delims, and '%'): they stay escaped. */
    private static final String RESERVED = "!#$%&'()*+,/:;=?@[]";

    private RequestPath() {}

    public static String normalize(String raw) {
        if (raw.isEmpty() || raw.equals("/") || !needsWork(raw)) {
            return raw;
        }
        String decoded = raw.indexOf('%') >= 0 ? decodeUnreserved(raw) : raw;
        String resolved = decoded.indexOf('.') >= 0 ? removeDotSegments(decoded) : decoded;
        return mergeSlashes(resolved);
    }

    private static boolean needsWork(String raw) {
        char previous = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' || c == '.' && (previous == '/' || previous == '.') || c == '/' && previous == '/') {
                return true;
            }
            previous = c;
        }
        return false;
    }

    private static String decodeUnreserved(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int value = c == '%' ? hexPair(raw, i + 1) : -1;
            if (value < 0) {
                out.append(c);
            } else if (value >= 0x80 || RESERVED.indexOf(value) >= 0) {
                out.append('%').append(Character.toUpperCase(raw.charAt(i + 1)))
                        .append(Character.toUpperCase(raw.charAt(i + 2)));
                i += 2;
            } else {
                out.append((char) value);
                i += 2;
            }
        }
        return out.toString();
    }

    private static int hexPair(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        int high = Character.digit(s.charAt(at), 16);
        int low = Character.digit(s.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    /** RFC 3986, 5.2.4, on an absolute path. */
    static String removeDotSegments(String path) {
        StringBuilder in = new StringBuilder(path);
        StringBuilder out = new StringBuilder(path.length());
        while (in.length() > 0) {
            if (startsWith(in, "../")) {
                in.delete(0, 3);
            } else if (startsWith(in, "./")) {
                in.delete(0, 2);
            } else if (startsWith(in, "/./")) {
                in.delete(0, 2);
            } else if (in.toString().equals("/.")) {
                in.replace(0, 2, "/");
            } else if (startsWith(in, "/../")) {
                in.delete(0, 3);
                removeLastSegment(out);
            } else if (in.toString().equals("/..")) {
                in.replace(0, 3, "/");
                removeLastSegment(out);
            } else if (in.toString().equals(".") || in.toString().equals("..")) {
                in.setLength(0);
            } else {
                int next = in.indexOf("/", in.charAt(0) == '/' ? 1 : 0);
                int end = next < 0 ? in.length() : next;
                out.append(in, 0, end);
                in.delete(0, end);
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    private static boolean startsWith(StringBuilder s, String prefix) {
        return s.length() >= prefix.length() && s.substring(0, prefix.length()).equals(prefix);
    }

    private static void removeLastSegment(StringBuilder out) {
        int slash = out.lastIndexOf("/");
        out.setLength(Math.max(slash, 0));
    }

    private static String mergeSlashes(String path) {
        if (!path.contains("//")) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
