package io.slipway.dsl.parse;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.ListExpr;
import io.slipway.dsl.ast.MapEntryExpr;
import io.slipway.dsl.ast.MapExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * List literals {@code [a, b]} and map literals {@code [a: 1, 'b': 2, (k): v]}, {@code [:]}. The first
 * element decides which one it is; a trailing comma is allowed.
 */
final class CollectionLiteralParser {

    private final Parsers p;
    private final TokenStream ts;

    CollectionLiteralParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    /** The cursor is on the opening bracket. */
    Expr parse() {
        Token open = ts.next();
        if (ts.at(TokenKind.COLON) && ts.peek(1).is(TokenKind.RBRACKET)) {
            ts.next();
            ts.next();
            return new MapExpr(List.of(), ts.pos(open));
        }
        List<Expr> elements = new ArrayList<>();
        List<MapEntryExpr> entries = new ArrayList<>();
        while (!ts.at(TokenKind.RBRACKET)) {
            element(elements, entries);
            if (!elements.isEmpty() && !entries.isEmpty()) {
                throw ts.fail(ts.peek(), ParseMessages.unsupported("mixing list values and map entries in one literal"), null);
            }
            if (!ts.accept(TokenKind.COMMA)) {
                break;
            }
        }
        ts.expectClosing(TokenKind.RBRACKET, open);
        return entries.isEmpty() ? new ListExpr(elements, ts.pos(open)) : new MapExpr(entries, ts.pos(open));
    }

    private void element(List<Expr> elements, List<MapEntryExpr> entries) {
        Token key = ts.peek();
        if (ArgumentParser.isNamedKey(key, ts.peek(1))) {
            ts.next();
            ts.next();
            Object name = key.is(TokenKind.NUMBER) ? key.value() : ArgumentParser.keyName(key);
            entries.add(new MapEntryExpr(new ConstantExpr(name, ts.pos(key)), p.expressions.parseExpression(), ts.pos(key)));
            return;
        }
        if (ts.at(TokenKind.STAR) || ts.at(TokenKind.SPREAD_DOT)) {
            throw ts.fail(key, ParseMessages.unsupported("the spread operator '*' in a literal"), null);
        }
        Expr value = p.expressions.parseExpression();
        if (ts.accept(TokenKind.COLON)) {
            entries.add(new MapEntryExpr(value, p.expressions.parseExpression(), value.pos()));
        } else {
            elements.add(value);
        }
    }

    /** Named arguments as the map Groovy passes for them, e.g. to a constructor. */
    static MapExpr mapOf(List<NamedArg> named, SourcePos pos) {
        List<MapEntryExpr> entries = new ArrayList<>();
        for (NamedArg arg : named) {
            entries.add(new MapEntryExpr(new ConstantExpr(arg.name(), arg.pos()), arg.value(), arg.pos()));
        }
        return new MapExpr(entries, pos);
    }
}
