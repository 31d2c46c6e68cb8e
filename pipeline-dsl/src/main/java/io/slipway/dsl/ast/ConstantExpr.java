package io.slipway.dsl.ast;

/**
 * A literal: a {@link String} (any quoting without interpolation), an {@link Integer}, {@link Long},
 * {@link java.math.BigInteger} or {@link java.math.BigDecimal} number, a {@link Boolean}, or {@code null}.
 */
public record ConstantExpr(Object value, SourcePos pos) implements Expr {}
