package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/** {@code post { always { } failure { } ... }} as written, in source order. */
public record PostNode(List<PostBlockNode> blocks, SourcePos pos) {

    public PostNode {
        blocks = List.copyOf(blocks);
    }
}
