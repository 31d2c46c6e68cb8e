package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * {@code agent { type ... }}: {@code type} as written ({@code label}, {@code node}, {@code docker},
 * {@code dockerfile}, {@code kubernetes}, or an unknown word the validator reports). {@code value} is the
 * short form's argument ({@code label 'x'}, {@code docker 'image'}, {@code dockerfile true}) and
 * {@code settings} the block form's {@code key value} lines, in source order.
 */
public record TypedAgentNode(String type, Optional<Expr> value, List<NamedArg> settings, SourcePos pos)
        implements AgentNode {

    public TypedAgentNode {
        settings = List.copyOf(settings);
    }

    public Optional<NamedArg> setting(String key) {
        return settings.stream().filter(a -> a.name().equals(key)).findFirst();
    }
}
