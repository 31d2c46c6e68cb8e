package io.slipway.dsl.ast;

import java.util.List;

/** {@code catch (Type e) { }}; {@code type} is {@code Exception} when the source leaves it out. */
public record CatchClause(String type, String variable, List<Stmt> body, SourcePos pos) {

    public CatchClause {
        body = List.copyOf(body);
    }
}
