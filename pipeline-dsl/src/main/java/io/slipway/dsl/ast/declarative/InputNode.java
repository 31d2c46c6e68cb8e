package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * A stage's {@code input { message '...'; ok '...'; submitter '...'; parameters { } }}: the fields as
 * {@code key value} lines and the parameter declarations.
 */
public record InputNode(List<NamedArg> fields, List<CallNode> parameters, SourcePos pos) {

    public InputNode {
        fields = List.copyOf(fields);
        parameters = List.copyOf(parameters);
    }

    public Optional<NamedArg> field(String key) {
        return fields.stream().filter(a -> a.name().equals(key)).findFirst();
    }
}
