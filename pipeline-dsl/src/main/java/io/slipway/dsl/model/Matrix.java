package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A matrix: axes whose value combinations (minus the excluded ones) each run the matrix's stages, with the
 * directives every cell inherits.
 */
public record Matrix(List<Axis> axes, List<Exclude> excludes, Optional<AgentSpec> agent, List<EnvVar> environment,
                     Options options, Optional<When> when, Optional<Input> input, List<Tool> tools,
                     List<Stage> stages, Post post, SourcePos pos) {

    public Matrix {
        axes = List.copyOf(axes);
        excludes = List.copyOf(excludes);
        environment = List.copyOf(environment);
        tools = List.copyOf(tools);
        stages = List.copyOf(stages);
    }

    /** {@code axis { name 'OS'; values 'linux', 'mac' }}. */
    public record Axis(String name, List<String> values) {

        public Axis {
            values = List.copyOf(values);
        }
    }

    /** {@code exclude { axis { ... } ... }}: a cell is skipped when every axis here matches. */
    public record Exclude(List<ExcludeAxis> axes) {

        public Exclude {
            axes = List.copyOf(axes);
        }

        boolean matches(Map<String, String> cell) {
            return axes.stream().allMatch(a -> a.matches(cell.get(a.name())));
        }
    }

    /** One axis of an exclude: {@code values} matches those values, {@code notValues} all others. */
    public record ExcludeAxis(String name, List<String> values, boolean notValues) {

        public ExcludeAxis {
            values = List.copyOf(values);
        }

        boolean matches(String value) {
            return values.contains(value) != notValues;
        }
    }

    /** Every combination of axis values in axis order, without the excluded ones; each maps axis name to value. */
    public List<Map<String, String>> cells() {
        List<Map<String, String>> cells = new ArrayList<>();
        cells.add(new LinkedHashMap<>());
        for (Axis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : cells) {
                for (String value : axis.values()) {
                    Map<String, String> cell = new LinkedHashMap<>(partial);
                    cell.put(axis.name(), value);
                    next.add(cell);
                }
            }
            cells = next;
        }
        return cells.stream().filter(c -> excludes.stream().noneMatch(e -> e.matches(c)))
                .map(java.util.Collections::unmodifiableMap).toList();
    }
}
