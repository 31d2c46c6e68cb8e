package io.slipway.gateway.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prefix paths of one host bucket as a character trie: walking a request path visits every configured
 * prefix of it in one pass, whatever the number of routes. Built once, read-only afterwards.
 */
final class PrefixTrie<T> {

    private static final Object[] NO_ENTRIES = new Object[0];

    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        Object[] entries = NO_ENTRIES;           // RouteEntry<T>, best rank first

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node childOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, children.length - at);
            keys = k;
            children = n;
            return n[at];
        }
    }

    private final Node root = new Node();
    private boolean empty = true;

    void add(String prefix, RouteEntry<T> entry) {
        Node node = root;
        for (int i = 0; i < prefix.length(); i++) {
            node = node.childOrAdd(prefix.charAt(i));
        }
        List<Object> list = new ArrayList<>(Arrays.asList(node.entries));
        list.add(entry);
        list.sort((a, b) -> Integer.compare(((RouteEntry<?>) a).rank(), ((RouteEntry<?>) b).rank()));
        node.entries = list.toArray();
        empty = false;
    }

    /** Calls {@code visitor} for the entries of every configured prefix of {@code path}, shortest first. */
    void visitPrefixes(String path, Visitor<T> visitor) {
        if (empty) {
            return;
        }
        Node node = root;
        visit(node, 0, visitor);
        for (int i = 0; i < path.length() && node != null; i++) {
            node = node.child(path.charAt(i));
            if (node != null) {
                visit(node, i + 1, visitor);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void visit(Node node, int length, Visitor<T> visitor) {
        for (Object e : node.entries) {
            if (!visitor.visit((RouteEntry<T>) e, length)) {
                return;                          // entries are sorted: the rest rank lower
            }
        }
    }

    interface Visitor<T> {
        /** @return false when entries of lower rank at this node need not be visited */
        boolean visit(RouteEntry<T> entry, int matchedLength);
    }
}
