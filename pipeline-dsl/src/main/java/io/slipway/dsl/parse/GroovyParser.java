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
 * <p>
 * How Groovy's forms map onto the tree:
 * <ul>
 *   <li>{@code sh 'x'}, {@code sh('x')} and {@code sh script: 'x'} are the same {@code MethodCallExpr}; a block
 *       written after a call ({@code stage('x') { }}, {@code steps { }}, {@code list.each { }}) is its
 *       {@code closure}, while a closure inside the parentheses stays in {@code args}. A closure may also
 *       start on the next line ({@code stage('x')} then <code>{</code>), as Groovy 2 allows.</li>
 *   <li>{@code FOO = 'bar'} is an {@code AssignStmt} on a {@code VariableExpr}; {@code this} and
 *       {@code super} are {@code VariableExpr}s.</li>
 *   <li>{@code env.'X'} is the property {@code X}; {@code params."${x}"} is an {@code IndexExpr};
 *       {@code list*.name()} is {@code list.collect { it.name() }}.</li>
 *   <li>{@code new Foo(a: 1, b)} passes its named arguments as a map, first, as Groovy does.</li>
 *   <li>{@code @Library('x') import a.B} records the import and annotates an {@code ExprStmt} of the
 *       variable {@code a.B}; {@code @Library('x') _} annotates the variable {@code _}.</li>
 *   <li>Positions: where the node's text starts (a call with a target starts at its target), except a
 *       {@code BinaryExpr}, which sits at its operator; lines and columns are 1-based, a tab is one column.</li>
 * </ul>
 * Valid Groovy outside the subset ({@code class}, {@code assert}, {@code do/while}, multiple assignment,
 * default parameter values, method pointers, command chains {@code a b c d}) is reported as an error
 * naming the construct, never silently dropped.
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
