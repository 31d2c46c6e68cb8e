package io.slipway.dsl.parse;

import io.slipway.dsl.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each case is one file under {@code src/test/resources/errors/parse}; its first diagnostic is asserted. */
class ParseErrorsTest {

    private static ParseResult parseCase(String name) {
        String file = name + ".jenkinsfile";
        return GroovyParser.parse(file, TestFiles.resource("/errors/parse/" + file));
    }

    @ParameterizedTest(name = "{0}: {1}: {2}")
    @CsvSource(delimiterString = "==", quoteCharacter = '`', textBlock = """
            unterminated-single-quote   == 6:20  == unterminated string literal
            unterminated-double-quote   == 4:15  == unterminated string literal
            unterminated-triple-quote   == 6:20  == unterminated string literal
            unterminated-slashy         == 6:50  == unterminated string literal
            unterminated-block-comment  == 3:5   == unterminated block comment
            extra-closing-brace         == 9:1   == unexpected '}'
            missing-closing-brace       == 8:1   == expected '}' to close '{' at 1:10
            missing-closing-paren       == 4:23  == expected ')' to close '(' at 4:14
            missing-closing-bracket     == 4:52  == expected ']' to close '[' at 4:38
            stray-closing-paren         == 6:26  == unexpected ')'
            invalid-escape              == 6:30  == invalid escape sequence '\\d'
            unescaped-dollar            == 6:29  == unescaped '$' in an interpolated string
            unclosed-interpolation      == 6:29  == expected '}' to close '${' at 6:29
            invalid-number              == 4:15  == invalid number '3x'
            unexpected-character        == 6:27  == unexpected character '#'
            command-chain               == 2:15  == command chains (a b c d) are not supported
            two-statements-on-a-line    == 6:28  == command chains (a b c d) are not supported
            missing-expression          == 7:34  == expected an expression, found end of line
            ternary-without-colon       == 4:38  == expected ':' of the ternary operator, found end of line
            missing-if-parenthesis      == 7:24  == expected '(' after 'if', found 'params'
            else-without-if             == 8:21  == unexpected 'else'
            try-without-catch           == 7:21  == expected 'catch' or 'finally' after the try block, found '}'
            invalid-assignment-target   == 7:35  == invalid assignment target
            class-declaration           == 1:1   == a 'class' declaration is not supported
            multiple-assignment         == 7:25  == multiple assignment def (a, b) = ... is not supported
            block-after-command-arguments == 4:23 == unexpected '{' after the arguments of 'stage'
            missing-comma-between-arguments == 6:35 == command chains (a b c d) are not supported
            closure-default-parameter   == 7:62  == a default parameter value is not supported
            missing-brace-in-the-middle == 13:1  == expected '}' to close '{' at 1:10
            method-inside-block         == 7:21  == a method definition is only allowed at the top level of the script
            import-inside-block         == 7:21  == an import is only allowed at the top level of the script
            """)
    void syntaxErrorIsReportedWithLineColumnAndMessage(String name, String place, String message) {
        ParseResult result = parseCase(name.strip());

        assertThat(result.hasErrors()).isTrue();
        Diagnostic first = result.diagnostics().get(0);
        assertThat(first.pos().file()).isEqualTo(name.strip() + ".jenkinsfile");
        assertThat(first.pos().line() + ":" + first.pos().column()).isEqualTo(place.strip());
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.message()).isEqualTo(message.strip());
    }

    @Test
    void everyErrorOfAFileIsReportedNotJustTheFirst() {
        String text = """
                pipeline {
                    agent any
                    stages {
                        stage('One') {
                            steps {
                                sh 'make
                                echo "a $ b"
                                retry(2x) { sh 'x' }
                            }
                        }
                        stage('Two') {
                            steps { sh('a' }
                        }
                    }
                }
                """;
        List<String> places = GroovyParser.parse("Jenkinsfile", text).diagnostics().stream()
                .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.message())
                .toList();

        assertThat(places).containsExactly(
                "6:20 unterminated string literal",
                "7:25 unescaped '$' in an interpolated string",
                "8:23 invalid number '2x'",
                "12:28 expected ')' to close '(' at 12:23");
    }

    @Test
    void parsingGoesOnAfterAnErrorSoTheRestOfTheTreeIsThere() {
        ParseResult result = GroovyParser.parse("Jenkinsfile", "sh 'a' 'b'\nx = = 1\nbar 'ok'\n");
        assertThat(result.hasErrors()).isTrue();
        assertThat(AstPrinter.statements(result.ast().statements())).contains("bar('ok')");
    }

    @Test
    void messagesCarryAHintWhereOneHelps() {
        Diagnostic d = parseCase("invalid-escape").diagnostics().get(0);
        assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("\\\\"));
        assertThat(d.format()).startsWith("invalid-escape.jenkinsfile:6:30: error: invalid escape sequence '\\d'");
    }

    @Test
    void aMissingBraceIsTracedToTheBlockWhoseClosingBraceIsIndentedWrongly() {
        Diagnostic d = parseCase("missing-brace-in-the-middle").diagnostics().get(0);
        assertThat(d.hint()).hasValue("the '{' at 5:19 may be the one left open: the '}' at 7:9 that closes it"
                + " is indented less than the line that opens it");
    }

    @Test
    void nothingAtAllIsAValidEmptyScript() {
        assertThat(GroovyParser.parse("Jenkinsfile", "").diagnostics()).isEmpty();
        assertThat(GroovyParser.parse(null, null).ast().file()).isEqualTo("Jenkinsfile");
    }
}
