package io.slipway.agent.arguments;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepFailure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A release step's arguments, read and checked: every message names the step, the argument and the call's
 * {@code file:line:column}, so {@code gatewayTargets: argument 'targets' item 2: 'weight' must be a number
 * from 0 to 65535, was 'heavy'} points at what to fix. Unknown argument names fail too (a typo such as
 * {@code stripPaht} must not be silently ignored). Immutable.
 */
public final class ReleaseArguments {

    private final StepCall call;

    private ReleaseArguments(StepCall call) {
        this.call = call;
    }

    /** Reads {@code call}, refusing argument names outside {@code known}. */
    public static ReleaseArguments of(StepCall call, Set<String> known) {
        for (String name : call.named().keySet()) {
            if (!known.contains(name)) {
                throw new StepFailure(call.location() + ": " + call.name() + ": unknown argument '" + name
                        + "' (arguments: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return new ReleaseArguments(call);
    }

    /** The step's name, for messages. */
    public String step() {
        return call.name();
    }

    /** A {@link StepFailure} whose message starts with the call's place and the step's name. */
    public StepFailure failure(String message) {
        return new StepFailure(call.location() + ": " + call.name() + ": " + message);
    }

    /** A text argument that must be given and not blank (the main argument counts for {@code key}). */
    public String requiredText(String key) {
        Object value = call.main(key).orElseThrow(() -> failure("missing argument '" + key + "'"));
        String text = asText(key, value);
        if (text.isBlank()) {
            throw failure("argument '" + key + "' must not be empty");
        }
        return text.strip();
    }

    /** A named text argument, if given and not blank. */
    public Optional<String> text(String key) {
        return call.arg(key).map(v -> asText(key, v)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A named boolean argument, or {@code fallback}. */
    public boolean flag(String key, boolean fallback) {
        Object value = call.arg(key).orElse(null);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).strip();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw failure("argument '" + key + "' must be true or false, was '" + value + "'");
    }

    /** A named whole-number argument within {@code [min, max]}, or {@code fallback}. */
    public long number(String key, long fallback, long min, long max) {
        Object value = call.arg(key).orElse(null);
        return value == null ? fallback : wholeNumber("argument '" + key + "'", value, min, max);
    }

    /** A named list of texts; a single text counts as a list of one. Empty when not given. */
    public List<String> textList(String key) {
        Object value = call.arg(key).orElse(null);
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null || item instanceof Map<?, ?> || item instanceof List<?>) {
                throw failure("argument '" + key + "' item " + (i + 1) + " must be a text, was '" + item + "'");
            }
            String text = String.valueOf(item).strip();
            if (text.isEmpty()) {
                throw failure("argument '" + key + "' item " + (i + 1) + " must not be empty");
            }
            texts.add(text);
        }
        return List.copyOf(texts);
    }

    /** A named map argument ({@code [seconds: 60, maxErrorRate: 0.05]}), if given. */
    public Optional<Map<String, Object>> map(String key) {
        Object value = call.arg(key).orElse(null);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(asMap("argument '" + key + "'", value));
    }

    /** A named list of maps ({@code [[target: 'a:80', weight: 100]]}); a {@link StepFailure} when missing. */
    public List<Map<String, Object>> requiredMapList(String key) {
        Object value = call.arg(key).orElseThrow(() -> failure("missing argument '" + key + "'"));
        if (!(value instanceof List<?> list)) {
            throw failure("argument '" + key + "' must be a list such as [[...], [...]], was '" + value + "'");
        }
        List<Map<String, Object>> maps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            maps.add(asMap("argument '" + key + "' item " + (i + 1), list.get(i)));
        }
        return List.copyOf(maps);
    }

    /** A map argument's entries, checked against the allowed keys. */
    public Map<String, Object> asMap(String what, Object value) {
        if (!(value instanceof Map<?, ?> raw)) {
            throw failure(what + " must be a map such as [key: value], was '" + value + "'");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        raw.forEach((k, v) -> map.put(String.valueOf(k), v));
        return map;
    }

    /** Refuses keys of {@code map} outside {@code known}. */
    public void onlyKeys(String what, Map<String, Object> map, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                throw failure(what + ": unknown key '" + key + "' (keys: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /** {@code value} as a whole number within {@code [min, max]}; {@code what} names it in the message. */
    public long wholeNumber(String what, Object value, long min, long max) {
        BigDecimal number = decimalOrNull(value);
        if (number == null || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw failure(what + " must be a whole number from " + min + " to " + max + ", was '" + value + "'");
        }
        return number.longValueExact();
    }

    /** {@code value} as a decimal within {@code [min, max]}. */
    public double decimal(String what, Object value, double min, double max) {
        BigDecimal number = decimalOrNull(value);
        if (number == null || number.doubleValue() < min || number.doubleValue() > max) {
            throw failure(what + " must be a number from " + min + " to " + max + ", was '" + value + "'");
        }
        return number.doubleValue();
    }

    private static BigDecimal decimalOrNull(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(String.valueOf(value).strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private String asText(String key, Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw failure("argument '" + key + "' must be a text, was '" + value + "'");
        }
        return String.valueOf(value);
    }
}
