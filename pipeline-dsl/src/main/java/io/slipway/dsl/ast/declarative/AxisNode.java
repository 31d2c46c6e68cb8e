package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * {@code axis { name 'PLATFORM'; values 'linux', 'mac' }}; in an exclude, {@code notValues} marks
 * {@code notValues 'x'}. Name and values are absent or empty when not written.
 */
public record AxisNode(Optional<Expr> name, List<Expr> values, boolean notValues, boolean valuesWritten,
                       SourcePos pos) {

    public AxisNode {
        values = List.copyOf(values);
    }
}
