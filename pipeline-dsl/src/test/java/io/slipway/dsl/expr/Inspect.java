package io.slipway.dsl.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * A rendering of interpreter values for test tables that shows types where Groovy's differ: strings
 * quoted ({@code 'a'}), Integer plain ({@code 3}), Long {@code 3L}, BigInteger {@code 3g},
 * BigDecimal {@code 3.5G}, Double {@code 3.5D}; lists and sets {@code [1, 'a']}, maps {@code [k:1]}.
 */
final class Inspect {

    private Inspect() {
    }

    static String of(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "'" + s + "'";
        }
        if (v instanceof Long) {
            return v + "L";
        }
        if (v instanceof BigInteger) {
            return v + "g";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString() + "G";
        }
        if (v instanceof Double) {
            return v + "D";
        }
        if (v instanceof Collection<?> c) {
            StringBuilder out = new StringBuilder("[");
            Iterator<?> it = c.iterator();
            while (it.hasNext()) {
                out.append(of(it.next()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                return "[:]";
            }
            StringBuilder out = new StringBuilder("[");
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                Object k = e.getKey();
                out.append(k instanceof String s ? s : of(k)).append(':').append(of(e.getValue()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append(']').toString();
        }
        if (v instanceof Map.Entry<?, ?> e) {
            return of(e.getKey()) + "=" + of(e.getValue());
        }
        return String.valueOf(v);
    }
}
