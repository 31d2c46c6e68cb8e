package io.slipway.dsl.parse;

import io.slipway.dsl.ast.ScriptAst;
import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Jenkinsfile as the subset of Groovy that Jenkinsfiles use and builds the generic syntax tree
 * of {@link io.slipway.dsl.ast}. It knows nothing of declarative pipelines: {@code pipeline { }} is a
 * call named {@code pipeline} with a trailing closure, which the declarative readers recognise later.
 * <p>
 * Syntax errors do not stop it: each is reported with its line and column, the parser skips to the next
 * statement, and the tree holds what could be read. Stateless and thread-safe.
 */
public final class GroovyParser {

    private static final String DEFAULT_FILE = "Jenkinsfile";

    private GroovyParser() {
    }

    /**
     * Parses {@code text}, naming {@code file} in every position and diagnostic. Never throws: even input
     * that is not Groovy at all gives a result whose diagnostics say what is wrong.
     */
    public static ParseResult parse(String file, String text) {
        String name = file == null || file.isBlank() ? DEFAULT_FILE : file;
        ParseReporter reporter = new ParseReporter(name);
        try {
            List<Token> tokens = Lexer.tokenize(text == null ? "" : text, reporter);
            ScriptAst ast = ScriptParser.parse(new Parsers(new TokenStream(tokens, reporter)));
            return new ParseResult(ast, reporter.diagnostics());
        } catch (StackOverflowError | RuntimeException e) {
            List<Diagnostic> diagnostics = new ArrayList<>(reporter.diagnostics());
            diagnostics.add(Diagnostic.error(reporter.pos(1, 1), ParseMessages.tooComplex(),
                    ParseMessages.tooComplexHint()));
            return new ParseResult(new ScriptAst(name, List.of(), List.of()), diagnostics);
        }
    }
}
