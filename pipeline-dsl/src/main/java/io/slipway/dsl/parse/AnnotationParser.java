package io.slipway.dsl.parse;

import io.slipway.dsl.ast.AnnotatedStmt;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.ImportDecl;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.VariableExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports ({@code import a.b.C}, {@code import static a.b.C.m}, {@code import a.b.*}) and annotated
 * statements such as {@code @Library('lib@1.0') _} or {@code @NonCPS def f() { }}. An annotated import
 * ({@code @Library('x') import a.B}) records the import and stands on an {@link ExprStmt} of a
 * {@link VariableExpr} named after the imported class.
 */
final class AnnotationParser {

    private final Parsers p;
    private final TokenStream ts;

    AnnotationParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    Stmt parseAnnotated() {
        Token at = ts.next();
        String name = qualifiedName();
        ArgumentParser.CallArgs args = ts.at(TokenKind.LPAREN) ? arguments() : ArgumentParser.CallArgs.NONE;
        p.statements.skipSeparators();
        Stmt target;
        if (ts.atKeyword("import")) {
            ImportDecl imported = parseImport();
            target = new ExprStmt(new VariableExpr(imported.name(), imported.pos()), imported.pos());
        } else if (ts.at(TokenKind.EOF) || ts.at(TokenKind.RBRACE)) {
            throw ts.fail(ts.peek(), ParseMessages.expected("a statement after '@" + name + "'", ts.peek().describe()),
                    "a library is loaded with @Library('name') _");
        } else {
            List<Stmt> targets = new ArrayList<>();
            p.statements.parseStatement(targets);
            target = targets.get(0);
        }
        return new AnnotatedStmt(name, args.positional(), args.named(), target, ts.pos(at));
    }

    /** {@code ('lib')}, {@code (['a', 'b'])} or Java's {@code (value = 'x', other = 1)}. */
    private ArgumentParser.CallArgs arguments() {
        if (!(ts.peek(1).is(TokenKind.IDENT) && ts.peek(2).is(TokenKind.ASSIGN))) {
            return p.arguments.parseParenthesised();
        }
        Token open = ts.next();
        List<NamedArg> named = new ArrayList<>();
        do {
            Token name = ts.expect(TokenKind.IDENT, "an annotation attribute name");
            ts.expect(TokenKind.ASSIGN, "'=' after the attribute name");
            named.add(new NamedArg(name.text(), p.expressions.parseExpression(), ts.pos(name)));
        } while (ts.accept(TokenKind.COMMA));
        ts.expectClosing(TokenKind.RPAREN, open);
        return new ArgumentParser.CallArgs(List.of(), named);
    }

    /** Reads an import and records it with the script's imports. */
    ImportDecl parseImport() {
        Token keyword = ts.next();
        if (p.statements.insideBlock()) {
            ts.report(keyword, ParseMessages.topLevelOnly("an import"), "move it to the top of the file");
        }
        boolean isStatic = ts.acceptKeyword("static");
        StringBuilder name = new StringBuilder(qualifiedName());
        if (ts.at(TokenKind.DOT) && ts.peek(1).is(TokenKind.STAR)) {
            ts.next();
            ts.next();
            name.append(".*");
        }
        if (ts.acceptKeyword("as")) {
            ts.expect(TokenKind.IDENT, "an alias after 'as'");
        }
        ImportDecl decl = new ImportDecl(name.toString(), isStatic, ts.pos(keyword));
        p.imports.add(decl);
        return decl;
    }

    private String qualifiedName() {
        Token first = ts.peek();
        if (!first.isWord()) {
            throw ts.fail(first, ParseMessages.expected("a name", first.describe()), null);
        }
        StringBuilder name = new StringBuilder(ts.next().text());
        while (ts.at(TokenKind.DOT) && ts.peek(1).isWord()) {
            ts.next();
            name.append('.').append(ts.next().text());
        }
        return name.toString();
    }
}
