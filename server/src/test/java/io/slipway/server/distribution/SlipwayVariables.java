package io.slipway.server.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The {@code SLIPWAY_*} variables the code of every module reads: string literals in {@code src/main} Java files. */
final class SlipwayVariables {

    private static final Pattern LITERAL = Pattern.compile("\"(SLIPWAY_[A-Z0-9_]+)\"");

    private SlipwayVariables() {
    }

    static Set<String> readByCode(Path root) throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(root)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/"))
                    .toList()) {
                Matcher m = LITERAL.matcher(Files.readString(source));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        return read;
    }
}
