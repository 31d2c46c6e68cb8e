package io.slipway.dsl.validate;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.declarative.AxisNode;
import io.slipway.dsl.ast.declarative.ExcludeNode;
import io.slipway.dsl.ast.declarative.MatrixStages;
import io.slipway.dsl.parse.declarative.ExprText;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a matrix's axes and excludes: axes present, each with a literal name and literal, distinct values,
 * no two axes with one name, excludes naming existing axes (and, as a warning, existing values), and stages.
 */
final class MatrixRules {

    private final Report report;

    MatrixRules(Report report) {
        this.report = report;
    }

    void check(MatrixStages matrix) {
        if (matrix.axes().isEmpty()) {
            report.error(matrix.axesPos().orElse(matrix.pos()), ValidationMessages.matrixWithoutAxes());
        }
        Map<String, Set<String>> axes = new LinkedHashMap<>();
        for (AxisNode axis : matrix.axes()) {
            Optional<String> name = axisName(axis);
            if (name.isEmpty()) {
                continue;
            }
            if (axes.containsKey(name.get())) {
                report.error(axis.pos(), ValidationMessages.duplicateAxis(name.get()));
                continue;
            }
            axes.put(name.get(), values(axis, name.get()));
        }
        for (ExcludeNode exclude : matrix.excludes()) {
            checkExclude(exclude, axes);
        }
        if (matrix.stages().isEmpty()) {
            report.error(matrix.pos(), ValidationMessages.matrixWithoutStages());
        }
    }

    private Optional<String> axisName(AxisNode axis) {
        Optional<String> name = axis.name().flatMap(ExprText::literal).filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            report.error(axis.pos(), ValidationMessages.axisWithoutName());
        }
        return name;
    }

    private Set<String> values(AxisNode axis, String name) {
        Set<String> values = new HashSet<>();
        if (axis.values().isEmpty()) {
            report.error(axis.pos(), ValidationMessages.axisWithoutValues(name));
        }
        for (Expr value : axis.values()) {
            if (!(value instanceof ConstantExpr c) || c.value() == null) {
                report.error(value.pos(), ValidationMessages.axisValueNotLiteral(name));
            } else if (!values.add(String.valueOf(c.value()))) {
                report.error(value.pos(), ValidationMessages.duplicateAxisValue(name, String.valueOf(c.value())));
            }
        }
        return values;
    }

    private void checkExclude(ExcludeNode exclude, Map<String, Set<String>> axes) {
        if (exclude.axes().isEmpty()) {
            report.error(exclude.pos(), ValidationMessages.emptyExclude());
        }
        Set<String> seen = new HashSet<>();
        for (AxisNode axis : exclude.axes()) {
            Optional<String> name = axisName(axis);
            if (name.isEmpty()) {
                continue;
            }
            if (!seen.add(name.get())) {
                report.error(axis.pos(), ValidationMessages.duplicateAxis(name.get()));
            }
            if (!axes.containsKey(name.get())) {
                report.unknown(axis.pos(), ValidationMessages.excludeUnknownAxis(name.get()), name.get(),
                        List.copyOf(axes.keySet()));
                continue;
            }
            if (axis.values().isEmpty()) {
                report.error(axis.pos(), ValidationMessages.axisWithoutValues(name.get()));
            }
            for (Expr value : axis.values()) {
                if (!(value instanceof ConstantExpr c) || c.value() == null) {
                    report.error(value.pos(), ValidationMessages.axisValueNotLiteral(name.get()));
                } else if (!axes.get(name.get()).contains(String.valueOf(c.value()))) {
                    report.warning(value.pos(), ValidationMessages.excludeUnknownValue(name.get(),
                            String.valueOf(c.value())));
                }
            }
        }
    }
}
