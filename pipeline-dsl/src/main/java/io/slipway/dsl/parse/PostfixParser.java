package io.slipway.dsl.parse;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.GStringExpr;
import io.slipway.dsl.ast.IndexExpr;
import io.slipway.dsl.ast.ListExpr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.PropertyExpr;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.UnaryExpr;
import io.slipway.dsl.ast.UnaryOp;
import io.slipway.dsl.ast.VariableExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What may follow a primary expression: {@code .name}, {@code ?.name}, {@code *.name}, {@code [index]},
 * {@code ?[index]}, a call {@code (args)} with an optional trailing closure, a closure alone
 * ({@code list.each { }}), and {@code ++}/{@code --}. A line that starts with {@code .} or {@code ?.}
 * continues the chain of the line before.
 */
final class PostfixParser {

    private final Parsers p;
    private final TokenStream ts;

    PostfixParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    Expr parse() {
        return continueFrom(p.primaries.parsePrimary());
    }

    Expr continueFrom(Expr e) {
        while (true) {
            Token t = ts.peek();
            switch (t.kind()) {
                case DOT, SAFE_DOT, SPREAD_DOT -> e = member(e);
                case NEWLINE -> {
                    if (!continuesChain(ts.peekPastNewlines())) {
                        return e;
                    }
                    ts.skipNewlines();
                }
                case LBRACKET, SAFE_INDEX -> e = index(e);
                case LPAREN -> e = call(e);
                case LBRACE -> {
                    if (!acceptsClosure(e)) {
                        return e;
                    }
                    e = withClosure(e, p.closures.parseClosure());
                }
                case INC, DEC -> {
                    ts.next();
                    e = new UnaryExpr(t.is(TokenKind.INC) ? UnaryOp.POST_INCREMENT : UnaryOp.POST_DECREMENT, e, e.pos());
                }
                case METHOD_POINTER, FIELD_ACCESS, DOUBLE_COLON ->
                        throw ts.fail(t, ParseMessages.unsupported("the operator '" + t.text() + "'"), null);
                default -> {
                    return e;
                }
            }
        }
    }

    private static boolean continuesChain(Token t) {
        return t.is(TokenKind.DOT) || t.is(TokenKind.SAFE_DOT) || t.is(TokenKind.SPREAD_DOT);
    }

    private Expr member(Expr target) {
        Token op = ts.next();
        ts.skipNewlines();
        Token name = ts.next();
        boolean safe = op.is(TokenKind.SAFE_DOT);
        boolean spread = op.is(TokenKind.SPREAD_DOT);
        if (name.is(TokenKind.GSTRING)) {
            GStringExpr key = p.primaries.gstring(name);
            if (ts.at(TokenKind.LPAREN)) {
                throw ts.fail(name, ParseMessages.unsupported("calling a method with an interpolated name"), null);
            }
            return new IndexExpr(target, key, safe, target.pos());
        }
        String member;
        if (name.isWord()) {
            member = name.text();
        } else if (name.is(TokenKind.STRING)) {
            member = (String) name.value();
        } else {
            throw ts.fail(name, ParseMessages.expected("a property or method name after '" + op.text() + "'",
                    name.describe()), null);
        }
        Expr access;
        if (ts.at(TokenKind.LPAREN) || ts.at(TokenKind.LBRACE)) {
            access = methodCall(Optional.of(spread ? it(name) : target), member, safe && !spread, target.pos());
        } else {
            return new PropertyExpr(target, member, safe, spread, target.pos());
        }
        return spread ? collect(target, access, name) : access;
    }

    private VariableExpr it(Token at) {
        return new VariableExpr("it", ts.pos(at));
    }

    /** {@code list*.m(a)} is {@code list.collect { it.m(a) }}, which is what Groovy does with it. */
    private Expr collect(Expr target, Expr call, Token at) {
        ClosureExpr body = new ClosureExpr(List.of(), List.of(new ExprStmt(call, call.pos())), ts.pos(at));
        return new MethodCallExpr(Optional.of(target), "collect", List.of(), List.of(), Optional.of(body), false,
                target.pos());
    }

    private MethodCallExpr methodCall(Optional<Expr> target, String name, boolean safe, SourcePos pos) {
        ArgumentParser.CallArgs args = ArgumentParser.CallArgs.NONE;
        if (ts.at(TokenKind.LPAREN)) {
            args = p.arguments.parseParenthesised();
        }
        Optional<ClosureExpr> closure = ts.at(TokenKind.LBRACE) ? Optional.of(p.closures.parseClosure()) : Optional.empty();
        return new MethodCallExpr(target, name, args.positional(), args.named(), closure, safe, pos);
    }

    private Expr index(Expr target) {
        Token open = ts.next();
        List<Expr> indices = new ArrayList<>();
        do {
            indices.add(p.expressions.parseExpression());
        } while (ts.accept(TokenKind.COMMA) && !ts.at(TokenKind.RBRACKET));
        ts.expectClosing(TokenKind.RBRACKET, open);
        Expr index = indices.size() == 1 ? indices.get(0) : new ListExpr(indices, indices.get(0).pos());
        return new IndexExpr(target, index, open.is(TokenKind.SAFE_INDEX), target.pos());
    }

    private Expr call(Expr callee) {
        if (callee instanceof VariableExpr v) {
            return methodCall(Optional.empty(), v.name(), false, v.pos());
        }
        throw ts.fail(ts.peek(), ParseMessages.unsupported("calling the result of an expression"),
                "assign it to a variable and call a method on that, e.g. x.call(...)");
    }

    private static boolean acceptsClosure(Expr e) {
        return e instanceof VariableExpr
                || (e instanceof PropertyExpr prop && !prop.spread())
                || (e instanceof MethodCallExpr call && call.closure().isEmpty());
    }

    /** {@code name { }}, {@code a.b { }} and {@code f(x) { }}: the closure becomes the call's trailing closure. */
    static MethodCallExpr withClosure(Expr e, ClosureExpr closure) {
        if (e instanceof VariableExpr v) {
            return new MethodCallExpr(Optional.empty(), v.name(), List.of(), List.of(), Optional.of(closure), false, v.pos());
        }
        if (e instanceof PropertyExpr prop) {
            return new MethodCallExpr(Optional.of(prop.target()), prop.name(), List.of(), List.of(), Optional.of(closure),
                    prop.safe(), prop.pos());
        }
        MethodCallExpr call = (MethodCallExpr) e;
        return new MethodCallExpr(call.target(), call.name(), call.args(), call.named(), Optional.of(closure),
                call.safe(), call.pos());
    }

    static boolean canTakeClosure(Expr e) {
        return acceptsClosure(e);
    }
}
