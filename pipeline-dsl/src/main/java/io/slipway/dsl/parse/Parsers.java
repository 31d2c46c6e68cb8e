package io.slipway.dsl.parse;

import io.slipway.dsl.ast.ImportDecl;
import java.util.ArrayList;
import java.util.List;

/**
 * The sub-parsers of one token stream, wired to each other: statements contain expressions, closures
 * contain statements. One instance per file, and one per {@code ${...}} of an interpolated string.
 */
final class Parsers {

    final TokenStream tokens;
    final List<ImportDecl> imports;
    final TypeParser types;
    final ExpressionParser expressions;
    final PrimaryParser primaries;
    final ArgumentParser arguments;
    final ClosureParser closures;
    final CommandCallParser commands;
    final StatementParser statements;
    final DeclarationParser declarations;
    final ControlFlowParser controlFlow;
    final LoopParser loops;
    final TryParser tries;
    final SwitchParser switches;
    final AnnotationParser annotations;

    Parsers(TokenStream tokens) {
        this(tokens, new ArrayList<>());
    }

    private Parsers(TokenStream tokens, List<ImportDecl> imports) {
        this.tokens = tokens;
        this.imports = imports;
        this.types = new TypeParser(tokens);
        this.expressions = new ExpressionParser(this);
        this.primaries = new PrimaryParser(this);
        this.arguments = new ArgumentParser(this);
        this.closures = new ClosureParser(this);
        this.commands = new CommandCallParser(this);
        this.statements = new StatementParser(this);
        this.declarations = new DeclarationParser(this);
        this.controlFlow = new ControlFlowParser(this);
        this.loops = new LoopParser(this);
        this.tries = new TryParser(this);
        this.switches = new SwitchParser(this);
        this.annotations = new AnnotationParser(this);
    }

    /** Parsers for the tokens of one interpolated expression, reporting to the same file. */
    Parsers nested(List<Token> interpolation) {
        return new Parsers(new TokenStream(interpolation, tokens.reporter()), imports);
    }
}
