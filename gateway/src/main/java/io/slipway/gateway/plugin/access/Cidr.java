package io.slipway.gateway.plugin.access;

/**
 * One parsed address or CIDR range: IPv4 networks as one value in {@code network[0]}, IPv6 as
 * (high, low) 64-bit halves. Parsing never resolves a host name: only numeric literals are accepted.
 */
record Cidr(boolean v4, int prefix, long[] network) {

    /** Parses {@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code ::1}, {@code 2001:db8::/32}; host bits are cleared. */
    static Cidr parse(String text) {
        String value = text.trim();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        byte[] bytes = literal(address);
        if (bytes == null) {
            throw new IllegalArgumentException("invalid ip or cidr range: '" + text + "'");
        }
        boolean v4 = bytes.length == 4;
        int bits = v4 ? 32 : 128;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid ip or cidr range: '" + text + "'");
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("invalid ip or cidr range: '" + text + "'");
        }
        if (v4) {
            return new Cidr(true, prefix, new long[] {toLong(bytes, 0, 4) & mask(prefix, 32), 0});
        }
        long high = toLong(bytes, 0, 8) & mask(Math.min(prefix, 64), 64);
        long low = toLong(bytes, 8, 8) & mask(Math.max(prefix - 64, 0), 64);
        return new Cidr(false, prefix, new long[] {high, low});
    }

    /** The error message for a bad entry, or null when it parses (for schema checks). */
    static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static long toLong(byte[] bytes, int offset, int length) {
        long out = 0;
        for (int i = 0; i < length; i++) {
            out = (out << 8) | (bytes[offset + i] & 0xffL);
        }
        return out;
    }

    /** The top {@code prefix} bits of a {@code width}-bit value set. */
    static long mask(int prefix, int width) {
        if (prefix == 0) {
            return 0;
        }
        long all = width == 64 ? -1L : (1L << width) - 1;
        return all & ~((1L << (width - prefix)) - 1) & all;
    }

    private static byte[] literal(String address) {
        if (address.indexOf(':') >= 0) {
            return ipv6(address);
        }
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            int v = Integer.parseInt(parts[i]);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] ipv6(String address) {
        if (!address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            // only hex digits, colons and dots reach here, so this parses a literal and never does a DNS lookup
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return mapped;
            }
            return bytes;
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }
}
