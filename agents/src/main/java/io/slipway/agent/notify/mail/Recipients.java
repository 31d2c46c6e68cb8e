package io.slipway.agent.notify.mail;

import io.slipway.agent.notify.NotificationException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The to, cc and bcc lists of one mail, each address once (compared without case). Addresses are written
 * as Jenkins users write them: separated by commas, semicolons or spaces, {@code Name <a@b.c>} allowed;
 * in {@code emailext}'s {@code to}, an entry {@code cc:a@b.c} or {@code bcc:a@b.c} goes to that list.
 */
final class Recipients {

    enum Kind { TO, CC, BCC }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, InternetAddress> addresses = new LinkedHashMap<>();

    /**
     * Adds every address of {@code list} to {@code kind}.
     *
     * @param field the argument the list came from, for messages
     * @param prefixes whether {@code cc:} and {@code bcc:} prefixes choose the list (emailext)
     */
    void addAll(String list, Kind kind, String field, boolean prefixes) throws NotificationException {
        for (String entry : split(list)) {
            Kind target = kind;
            String text = entry;
            String lower = entry.toLowerCase(Locale.ROOT);
            if (prefixes && lower.startsWith("cc:")) {
                target = Kind.CC;
                text = entry.substring(3);
            } else if (prefixes && lower.startsWith("bcc:")) {
                target = Kind.BCC;
                text = entry.substring(4);
            }
            add(parse(text, field), target);
        }
    }

    /** Adds one address unless it is already there; a later bcc or cc does not move an address out of to. */
    void add(InternetAddress address, Kind kind) {
        String key = address.getAddress().toLowerCase(Locale.ROOT);
        if (!addresses.containsKey(key)) {
            addresses.put(key, address);
            kinds.put(key, kind);
        }
    }

    List<InternetAddress> of(Kind kind) {
        List<InternetAddress> result = new ArrayList<>();
        kinds.forEach((key, k) -> {
            if (k == kind) {
                result.add(addresses.get(key));
            }
        });
        return result;
    }

    boolean isEmpty() {
        return addresses.isEmpty();
    }

    /** One strictly checked address; the message names the argument and the text. */
    static InternetAddress parse(String text, String field) throws NotificationException {
        try {
            InternetAddress address = new InternetAddress(text.strip(), true);
            if (!address.getAddress().contains("@")) {
                throw new AddressException("no @");
            }
            return address;
        } catch (AddressException e) {
            throw NotificationException.permanent("'" + field + "': '" + text.strip() + "' is not an e-mail address");
        }
    }

    /** Splits on commas and semicolons, and on spaces outside {@code <...>} and quotes. */
    static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        if (list == null) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        boolean inAngle = false;
        boolean inQuote = false;
        for (char c : list.toCharArray()) {
            if (c == '"') {
                inQuote = !inQuote;
            } else if (c == '<') {
                inAngle = true;
            } else if (c == '>') {
                inAngle = false;
            }
            boolean separator = c == ',' || c == ';' || (Character.isWhitespace(c) && !inAngle && !inQuote
                    && !continuesName(current));
            if (separator && !inAngle && !inQuote) {
                flush(current, parts);
            } else {
                current.append(c);
            }
        }
        flush(current, parts);
        return parts;
    }

    /** A space inside {@code Jane Doe <jane@x>} belongs to the name: the entry so far has no @ yet. */
    private static boolean continuesName(StringBuilder current) {
        return current.length() > 0 && current.indexOf("@") < 0 && current.indexOf(":") < 0;
    }

    private static void flush(StringBuilder current, List<String> parts) {
        String part = current.toString().strip();
        if (!part.isEmpty()) {
            parts.add(part);
        }
        current.setLength(0);
    }
}
