package io.slipway.dsl.parse;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import java.util.ArrayList;
import java.util.List;

/**
 * Call arguments, positional and named ({@code name: value}) in any order, as Groovy allows them both
 * inside parentheses ({@code sh(script: 'x', returnStdout: true)}) and without them
 * ({@code git url: 'u', branch: 'main'}).
 */
final class ArgumentParser {

    /** The arguments of one call: positional in order, named in source order. */
    record CallArgs(List<Expr> positional, List<NamedArg> named) {
        static final CallArgs NONE = new CallArgs(List.of(), List.of());
    }

    private final Parsers p;
    private final TokenStream ts;

    ArgumentParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    /** {@code (a, b: c)}: the cursor is on the opening parenthesis. */
    CallArgs parseParenthesised() {
        Token open = ts.next();
        List<Expr> positional = new ArrayList<>();
        List<NamedArg> named = new ArrayList<>();
        while (!ts.at(TokenKind.RPAREN)) {
            argument(positional, named);
            if (!ts.accept(TokenKind.COMMA)) {
                break;
            }
        }
        ts.expectClosing(TokenKind.RPAREN, open);
        return new CallArgs(positional, named);
    }

    /** Arguments of a command call, up to the end of the statement; a comma may end a line. */
    CallArgs parseCommandArguments() {
        List<Expr> positional = new ArrayList<>();
        List<NamedArg> named = new ArrayList<>();
        do {
            ts.skipNewlines();
            argument(positional, named);
        } while (ts.accept(TokenKind.COMMA));
        return new CallArgs(positional, named);
    }

    private void argument(List<Expr> positional, List<NamedArg> named) {
        Token key = ts.peek();
        if (isNamedKey(key, ts.peek(1))) {
            ts.next();
            ts.next();
            ts.skipNewlines();
            named.add(new NamedArg(keyName(key), p.expressions.parseExpression(), ts.pos(key)));
            return;
        }
        if (ts.at(TokenKind.STAR)) {
            throw ts.fail(key, ParseMessages.unsupported("the spread operator '*' in arguments"), null);
        }
        Expr value = p.expressions.parseExpression();
        if (ts.at(TokenKind.COLON)) {
            throw ts.fail(key, ParseMessages.unsupported("a computed argument name"),
                    "write the name as a word or a plain string: name: value");
        }
        positional.add(value);
    }

    /** A word, plain string or number directly followed by a colon names an argument or a map key. */
    static boolean isNamedKey(Token key, Token next) {
        return next.is(TokenKind.COLON)
                && (key.isWord() || key.is(TokenKind.STRING) || key.is(TokenKind.NUMBER));
    }

    static String keyName(Token key) {
        return key.is(TokenKind.STRING) ? (String) key.value() : key.isWord() ? key.text() : String.valueOf(key.value());
    }
}
