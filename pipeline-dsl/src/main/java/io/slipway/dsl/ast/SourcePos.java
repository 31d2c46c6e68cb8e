package io.slipway.dsl.ast;

/**
 * Where a node came from: file name as the user named it, 1-based line and column.
 * Every AST node, diagnostic and model element carries one, so that every error can say where.
 */
public record SourcePos(String file, int line, int column) {

    public SourcePos {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("file must be named");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
