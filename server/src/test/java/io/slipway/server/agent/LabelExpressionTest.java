package io.slipway.server.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jenkins label expressions: operators, precedence, quoting, and errors that name the position. */
class LabelExpressionTest {

    private static Set<String> labels(String list) {
        return Arrays.stream(list.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "''{0}'' on [{1}] is {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "linux                  ; linux docker   ; true",
            "linux                  ; windows        ; false",
            "linux && !windows      ; linux docker   ; true",
            "linux && !windows      ; linux windows  ; false",
            "a || (b && c)          ; b c            ; true",
            "a || (b && c)          ; b              ; false",
            "a || (b && c)          ; a              ; true",
            "a || b && c            ; a              ; true",
            "!a && b                ; b              ; true",
            "!(a || b)              ; c              ; true",
            "!(a || b)              ; b              ; false",
            "a -> b                 ; c              ; true",
            "a -> b                 ; a              ; false",
            "a <-> b                ; a b            ; true",
            "a <-> b                ; b              ; false",
            "\"my label\" || x       ; x              ; true",
            "java-17 && arch.x86_64 ; java-17 arch.x86_64 ; true",
            "``                     ; anything       ; true",
    })
    void expressionsMatchAgentsAsJenkinsDoes(String expression, String agentLabels, boolean expected) {
        assertThat(LabelExpression.parse(expression).matches(labels(agentLabels))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' fails at {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "linux &&           ; 9  ; expected a label, '!' or '(' but the expression ended",
            "(a || b            ; 1  ; '(' is never closed",
            "a b                ; 3  ; unexpected 'b'",
            "a && || b          ; 6  ; expected a label, '!' or '(' but found '|'",
            "a & b              ; 3  ; unexpected '&'",
            "\"open             ; 1  ; the quoted label is never closed",
    })
    void badExpressionsAreReportedWithTheirPosition(String expression, int position, String problem) {
        assertThatThrownBy(() -> LabelExpression.parse(expression))
                .isInstanceOfSatisfying(LabelSyntaxError.class, e -> assertThat(e.position()).isEqualTo(position))
                .hasMessage("label expression '" + expression + "': " + problem + " at position " + position);
    }
}
