package io.slipway.dsl.parse;

import java.util.List;

/**
 * The lexer's view of an interpolated string: the literal pieces (escapes applied) and, between them,
 * the tokens of each interpolated expression, each list ending in an {@link TokenKind#EOF} token.
 */
record LexedGString(List<String> strings, List<List<Token>> values) {

    LexedGString {
        strings = List.copyOf(strings);
        values = List.copyOf(values);
    }
}
