package io.slipway.dsl.parse;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.PropertyExpr;
import io.slipway.dsl.ast.VariableExpr;
import java.util.List;
import java.util.Optional;

/**
 * Groovy's calls without parentheses, the way most Jenkinsfile steps are written: {@code sh 'make'},
 * {@code agent any}, {@code git url: 'u', branch: 'main'}, {@code values 'a', 'b'}. A name (or a
 * property such as {@code a.b}) directly followed, on the same line, by something that starts an
 * argument is a call; so is a quoted name, as {@code tools} allows for tool types named by class
 * ({@code 'org.example.DockerTool' '24.0'}). Groovy's longer command chains ({@code a b c d}) are reported, not guessed at.
 */
final class CommandCallParser {

    private static final List<String> VALUE_KEYWORDS = List.of("this", "super", "new", "true", "false", "null");

    private final Parsers p;
    private final TokenStream ts;

    CommandCallParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    /** {@code head} followed by command arguments as a call; {@code head} itself when none follow. */
    Expr maybeCommand(Expr head) {
        if (!startsArgument(ts.peek(), ts.peek(1))) {
            return head;
        }
        Optional<Expr> target;
        String name;
        boolean safe = false;
        if (head instanceof VariableExpr v) {
            target = Optional.empty();
            name = v.name();
        } else if (head instanceof PropertyExpr prop && !prop.spread()) {
            target = Optional.of(prop.target());
            name = prop.name();
            safe = prop.safe();
        } else if (head instanceof ConstantExpr c && c.value() instanceof String quoted) {
            target = Optional.empty();
            name = quoted;
        } else if (head instanceof MethodCallExpr) {
            throw ts.fail(ts.peek(), ParseMessages.COMMAND_CHAIN, ParseMessages.commandChainHint());
        } else {
            return head;
        }
        ArgumentParser.CallArgs args = p.arguments.parseCommandArguments();
        if (startsArgument(ts.peek(), ts.peek(1))) {
            throw ts.fail(ts.peek(), ParseMessages.COMMAND_CHAIN, ParseMessages.commandChainHint());
        }
        if (ts.at(TokenKind.LBRACE)) {
            throw ts.fail(ts.peek(), ParseMessages.blockAfterCommand(name), ParseMessages.blockAfterCommandHint(name));
        }
        return new MethodCallExpr(target, name, args.positional(), args.named(), Optional.empty(), safe, head.pos());
    }

    /** Whether {@code t} can begin the first argument of a call written without parentheses. */
    static boolean startsArgument(Token t, Token next) {
        return switch (t.kind()) {
            case IDENT, NUMBER, STRING, GSTRING, NOT, TILDE -> true;
            case KEYWORD -> VALUE_KEYWORDS.contains(t.text()) || next.is(TokenKind.COLON);
            default -> false;
        };
    }
}
