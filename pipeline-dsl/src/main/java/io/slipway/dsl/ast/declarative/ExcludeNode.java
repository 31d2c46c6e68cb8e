package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/** {@code exclude { axis { } ... }}: a combination of axis values a matrix skips. */
public record ExcludeNode(List<AxisNode> axes, SourcePos pos) {

    public ExcludeNode {
        axes = List.copyOf(axes);
    }
}
