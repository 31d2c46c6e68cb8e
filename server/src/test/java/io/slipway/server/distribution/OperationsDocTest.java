package io.slipway.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/operations.md} documents every {@code SLIPWAY_*} variable the code of any module reads, in a
 * table row of its own, and names no variable that nothing reads (a setting renamed in the code but not in
 * the doc would otherwise silently do nothing for the operator who sets it).
 */
class OperationsDocTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOC = ROOT.resolve("docs/operations.md");

    @Test
    void everySlipwayVariableTheCodeReadsHasATableRowInOperationsMd() throws IOException {
        String doc = Files.readString(DOC);
        Set<String> rows = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\|[^|\\n]*").matcher(doc);
        while (row.find()) {
            Matcher name = Pattern.compile("`(SLIPWAY_[A-Z0-9_]+)`").matcher(row.group());
            while (name.find()) {
                rows.add(name.group(1));
            }
        }
        for (String variable : SlipwayVariables.readByCode(ROOT)) {
            assertThat(rows).as("%s is read by the code: add a table row for it to docs/operations.md", variable)
                    .contains(variable);
        }
    }

    @Test
    void everySlipwayVariableOperationsMdNamesIsReadByTheCode() throws IOException {
        Set<String> read = SlipwayVariables.readByCode(ROOT);
        Matcher name = Pattern.compile("\\b(SLIPWAY_[A-Z0-9_]*[A-Z0-9])\\b").matcher(Files.readString(DOC));
        int checked = 0;
        while (name.find()) {
            assertThat(read).as("docs/operations.md names %s, which no code reads", name.group(1)).contains(name.group(1));
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
    }
}
