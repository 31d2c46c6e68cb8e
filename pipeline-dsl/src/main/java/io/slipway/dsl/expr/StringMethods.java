package io.slipway.dsl.expr;

import static io.slipway.dsl.expr.Args.integer;
import static io.slipway.dsl.expr.Args.string;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringTokenizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The methods of strings: Java's, and the ones Groovy adds (tokenize, padLeft, toInteger, take, ...). */
final class StringMethods {

    static final MethodTable<String> TABLE = new MethodTable<String>("String")
            .add("trim", 0, (s, a) -> s.trim())
            .add("strip", 0, (s, a) -> s.strip())
            .add("toUpperCase", 0, (s, a) -> s.toUpperCase())
            .add("toLowerCase", 0, (s, a) -> s.toLowerCase())
            .add("startsWith", 1, (s, a) -> s.startsWith(string(a, 0)))
            .add("endsWith", 1, (s, a) -> s.endsWith(string(a, 0)))
            .add("contains", 1, (s, a) -> s.contains(GroovyText.render(a.get(0))))
            .add("split", 0, (s, a) -> splitWhitespace(s))
            .add("split", 1, (s, a) -> new ArrayList<Object>(Arrays.asList(s.split(string(a, 0)))))
            .add("split", 2, (s, a) -> new ArrayList<Object>(Arrays.asList(s.split(string(a, 0), integer(a, 1)))))
            .add("tokenize", 0, (s, a) -> tokenize(s, " \t\n\r\f"))
            .add("tokenize", 1, (s, a) -> tokenize(s, GroovyText.render(a.get(0))))
            .add("replace", 2, (s, a) -> s.replace(GroovyText.render(a.get(0)), GroovyText.render(a.get(1))))
            .add("replaceAll", 2, (s, a) -> replace(s, a, true))
            .add("replaceFirst", 2, (s, a) -> replace(s, a, false))
            .add("substring", 1, (s, a) -> s.substring(integer(a, 0)))
            .add("substring", 2, (s, a) -> s.substring(integer(a, 0), integer(a, 1)))
            .add("indexOf", 1, (s, a) -> s.indexOf(string(a, 0)))
            .add("indexOf", 2, (s, a) -> s.indexOf(string(a, 0), integer(a, 1)))
            .add("lastIndexOf", 1, (s, a) -> s.lastIndexOf(string(a, 0)))
            .add("charAt", 1, (s, a) -> String.valueOf(s.charAt(integer(a, 0))))
            .add("length", 0, (s, a) -> s.length())
            .add("size", 0, (s, a) -> s.length())
            .add("isEmpty", 0, (s, a) -> s.isEmpty())
            .add("isBlank", 0, (s, a) -> s.isBlank())
            .add("equals", 1, (s, a) -> s.equals(a.get(0)))
            .add("equalsIgnoreCase", 1, (s, a) -> s.equalsIgnoreCase(string(a, 0)))
            .add("compareTo", 1, (s, a) -> s.compareTo(string(a, 0)))
            .add("matches", 1, (s, a) -> Operators.pattern(a.get(0)).matcher(s).matches())
            .add("find", 1, (s, a) -> find(s, a.get(0)))
            .add("findAll", 1, (s, a) -> findAll(s, a.get(0)))
            .add("toInteger", 0, (s, a) -> GroovyNumbers.parse(s, GroovyNumbers.Kind.INT))
            .add("toLong", 0, (s, a) -> GroovyNumbers.parse(s, GroovyNumbers.Kind.LONG))
            .add("toBigDecimal", 0, (s, a) -> GroovyNumbers.parse(s, GroovyNumbers.Kind.DECIMAL))
            .add("toDouble", 0, (s, a) -> GroovyNumbers.parse(s, GroovyNumbers.Kind.DOUBLE))
            .add("toBoolean", 0, (s, a) -> toBoolean(s))
            .add("isInteger", 0, (s, a) -> parses(s, GroovyNumbers.Kind.INT))
            .add("isLong", 0, (s, a) -> parses(s, GroovyNumbers.Kind.LONG))
            .add("isBigDecimal", 0, (s, a) -> parses(s, GroovyNumbers.Kind.DECIMAL))
            .add("isNumber", 0, (s, a) -> parses(s, GroovyNumbers.Kind.DECIMAL))
            .add("isDouble", 0, (s, a) -> parses(s, GroovyNumbers.Kind.DOUBLE))
            .add("padLeft", 1, (s, a) -> pad(s, integer(a, 0), " ", true))
            .add("padLeft", 2, (s, a) -> pad(s, integer(a, 0), string(a, 1), true))
            .add("padRight", 1, (s, a) -> pad(s, integer(a, 0), " ", false))
            .add("padRight", 2, (s, a) -> pad(s, integer(a, 0), string(a, 1), false))
            .add("center", 1, (s, a) -> center(s, integer(a, 0)))
            .add("take", 1, (s, a) -> s.substring(0, Math.max(0, Math.min(s.length(), integer(a, 0)))))
            .add("drop", 1, (s, a) -> s.substring(Math.max(0, Math.min(s.length(), integer(a, 0)))))
            .add("capitalize", 0, (s, a) -> s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1))
            .add("uncapitalize", 0, (s, a) -> s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1))
            .add("readLines", 0, (s, a) -> new ArrayList<Object>(s.lines().toList()))
            .add("stripIndent", 0, (s, a) -> s.stripIndent())
            .add("reverse", 0, (s, a) -> new StringBuilder(s).reverse().toString())
            .add("count", 1, (s, a) -> count(s, string(a, 0)))
            .add("toList", 0, (s, a) -> chars(s))
            .add("chars", 0, (s, a) -> chars(s))
            .add("concat", 1, (s, a) -> s.concat(string(a, 0)))
            .add("plus", 1, (s, a) -> Operators.plus(s, a.get(0)))
            .add("minus", 1, (s, a) -> Operators.minus(s, a.get(0)))
            .add("multiply", 1, (s, a) -> Operators.multiply(s, a.get(0)))
            .add("each", 1, (s, a) -> {
                ClosureValue c = Args.closure(a, 0);
                chars(s).forEach(c::call);
                return s;
            })
            .add("eachLine", 1, (s, a) -> {
                ClosureValue c = Args.closure(a, 0);
                s.lines().forEach(c::call);
                return null;
            })
            .add("getAt", 1, (s, a) -> Subscripts.get(s, a.get(0)))
            .add("asBoolean", 0, (s, a) -> !s.isEmpty())
            .add("toString", 0, (s, a) -> s)
            .add("hashCode", 0, (s, a) -> s.hashCode());

    private StringMethods() {
    }

    private static List<Object> splitWhitespace(String s) {
        String trimmed = s.strip();
        return trimmed.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(trimmed.split("\\s+")));
    }

    private static List<Object> tokenize(String s, String delimiters) {
        List<Object> out = new ArrayList<>();
        StringTokenizer t = new StringTokenizer(s, delimiters);
        while (t.hasMoreTokens()) {
            out.add(t.nextToken());
        }
        return out;
    }

    private static Object replace(String s, List<Object> a, boolean all) {
        Pattern p = Operators.pattern(a.get(0));
        Object replacement = a.get(1);
        if (replacement instanceof ClosureValue c) {
            Matcher m = p.matcher(s);
            StringBuilder out = new StringBuilder();
            boolean found = m.find();
            while (found) {
                Object groups = m.groupCount() == 0 ? m.group() : groupList(m);
                m.appendReplacement(out, Matcher.quoteReplacement(GroovyText.render(c.call(groups))));
                found = all && m.find();
            }
            m.appendTail(out);
            return out.toString();
        }
        String r = GroovyText.render(replacement);
        return all ? p.matcher(s).replaceAll(r) : p.matcher(s).replaceFirst(r);
    }

    static List<Object> groupList(Matcher m) {
        List<Object> groups = new ArrayList<>();
        for (int i = 0; i <= m.groupCount(); i++) {
            groups.add(m.group(i));
        }
        return groups;
    }

    private static Object find(String s, Object regex) {
        Matcher m = Operators.pattern(regex).matcher(s);
        return m.find() ? m.group() : null;
    }

    private static List<Object> findAll(String s, Object regex) {
        Matcher m = Operators.pattern(regex).matcher(s);
        List<Object> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.groupCount() == 0 ? m.group() : groupList(m));
        }
        return out;
    }

    /** Groovy: true for "true", "y" and "1" in any case, after trimming. */
    private static boolean toBoolean(String s) {
        String t = s.trim();
        return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("y") || t.equals("1");
    }

    private static boolean parses(String s, GroovyNumbers.Kind kind) {
        try {
            GroovyNumbers.parse(s, kind);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String pad(String s, int width, String padding, boolean left) {
        if (s.length() >= width || padding.isEmpty()) {
            return s;
        }
        StringBuilder fill = new StringBuilder();
        while (fill.length() < width - s.length()) {
            fill.append(padding);
        }
        fill.setLength(width - s.length());
        return left ? fill + s : s + fill;
    }

    private static String center(String s, int width) {
        int total = width - s.length();
        if (total <= 0) {
            return s;
        }
        int left = total / 2;
        return " ".repeat(left) + s + " ".repeat(total - left);
    }

    private static int count(String s, String part) {
        if (part.isEmpty()) {
            return s.length() + 1;
        }
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static List<Object> chars(String s) {
        List<Object> out = new ArrayList<>();
        s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }
}
