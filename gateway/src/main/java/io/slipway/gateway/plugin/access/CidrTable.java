package io.slipway.gateway.plugin.access;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A set of IPv4 and IPv6 addresses and CIDR ranges, compiled into one sorted table of networks per
 * prefix length, so that a lookup costs a binary search per distinct prefix length (at most 33 for
 * IPv4, 129 for IPv6) whatever the number of entries. Immutable and thread-safe.
 */
final class CidrTable {

    /** The networks of one prefix length, sorted: IPv4 in {@code v4}, IPv6 as (high, low) pairs. */
    private record Level(int prefix, long[] networks) {}

    private final Level[] v4;
    private final Level[] v6;

    private CidrTable(Level[] v4, Level[] v6) {
        this.v4 = v4;
        this.v6 = v6;
    }

    /** Compiles entries such as {@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code ::1}, {@code 2001:db8::/32}. */
    static CidrTable of(List<String> entries) {
        TreeMap<Integer, List<long[]>> four = new TreeMap<>();
        TreeMap<Integer, List<long[]>> six = new TreeMap<>();
        for (String entry : entries) {
            Cidr cidr = Cidr.parse(entry);
            (cidr.v4() ? four : six).computeIfAbsent(cidr.prefix(), k -> new ArrayList<>()).add(cidr.network());
        }
        return new CidrTable(levels(four, false), levels(six, true));
    }

    boolean isEmpty() {
        return v4.length == 0 && v6.length == 0;
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            long ip = Cidr.toLong(bytes, 0, 4);
            for (Level level : v4) {
                if (Arrays.binarySearch(level.networks(), ip & Cidr.mask(level.prefix(), 32)) >= 0) {
                    return true;
                }
            }
            return false;
        }
        long high = Cidr.toLong(bytes, 0, 8);
        long low = Cidr.toLong(bytes, 8, 8);
        for (Level level : v6) {
            int p = level.prefix();
            long h = high & Cidr.mask(Math.min(p, 64), 64);
            long l = low & Cidr.mask(Math.max(p - 64, 0), 64);
            if (searchPairs(level.networks(), h, l)) {
                return true;
            }
        }
        return false;
    }

    private static Level[] levels(TreeMap<Integer, List<long[]>> byPrefix, boolean pairs) {
        List<Level> out = new ArrayList<>();
        byPrefix.descendingMap().forEach((prefix, networks) -> {
            networks.sort((a, b) -> a[0] != b[0] ? Long.compareUnsigned(a[0], b[0]) : Long.compareUnsigned(a[1], b[1]));
            long[] flat = new long[networks.size() * (pairs ? 2 : 1)];
            for (int i = 0; i < networks.size(); i++) {
                if (pairs) {
                    flat[2 * i] = networks.get(i)[0];
                    flat[2 * i + 1] = networks.get(i)[1];
                } else {
                    flat[i] = networks.get(i)[0];
                }
            }
            out.add(new Level(prefix, flat));
        });
        return out.toArray(Level[]::new);
    }

    private static boolean searchPairs(long[] pairs, long high, long low) {
        int lo = 0;
        int hi = pairs.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compareUnsigned(pairs[2 * mid], high);
            if (c == 0) {
                c = Long.compareUnsigned(pairs[2 * mid + 1], low);
            }
            if (c == 0) {
                return true;
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }
}
