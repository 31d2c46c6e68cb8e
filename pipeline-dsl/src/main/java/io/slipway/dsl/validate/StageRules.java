package io.slipway.dsl.validate;

import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.declarative.MatrixStages;
import io.slipway.dsl.ast.declarative.NestedStages;
import io.slipway.dsl.ast.declarative.ParallelStages;
import io.slipway.dsl.ast.declarative.StageBody;
import io.slipway.dsl.ast.declarative.StageNode;
import io.slipway.dsl.ast.declarative.Steps;
import io.slipway.dsl.parse.declarative.Literals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the stage tree: exactly one body per stage, no empty bodies, stage names unique across the
 * pipeline (a matrix's stages are unique within it, as every cell repeats them), no parallel or matrix
 * inside a parallel branch or matrix, no agent or tools on a stage holding parallel stages, and
 * {@code failFast} only where there is something parallel to fail fast. Delegates each stage's
 * directives to their rules.
 */
final class StageRules {

    private final Report report;
    private final SectionRules sections;
    private final StepRules steps;

    StageRules(Report report, SectionRules sections, StepRules steps) {
        this.report = report;
        this.sections = sections;
        this.steps = steps;
    }

    void check(List<StageNode> stages) {
        check(stages, Optional.empty(), new HashMap<>());
    }

    private void check(List<StageNode> stages, Optional<String> parallelParent, Map<String, SourcePos> names) {
        for (StageNode stage : stages) {
            SourcePos first = names.putIfAbsent(stage.name(), stage.pos());
            if (first != null && !stage.name().isEmpty()) {
                report.error(stage.pos(), ValidationMessages.duplicateStage(stage.name(), Report.at(first)));
            }
            checkStage(stage, parallelParent, names);
        }
    }

    private void checkStage(StageNode stage, Optional<String> parallelParent, Map<String, SourcePos> names) {
        sections.checkStageDirectives(stage);
        List<StageBody> bodies = stage.bodies();
        if (bodies.isEmpty()) {
            report.error(stage.pos(), ValidationMessages.stageWithoutBody(stage.name()));
        }
        for (int i = 1; i < bodies.size(); i++) {
            report.error(bodies.get(i).pos(), ValidationMessages.stageWithSeveralBodies(stage.name(),
                    bodies.get(0).keyword(), bodies.get(i).keyword()));
        }
        boolean parallel = bodies.stream().anyMatch(b -> b instanceof ParallelStages || b instanceof MatrixStages);
        stage.failFast().ifPresent(f -> {
            if (Literals.bool(f).isEmpty()) {
                report.error(f.pos(), ValidationMessages.expectedBoolean("failFast"));
            } else if (!parallel) {
                report.error(f.pos(), ValidationMessages.failFastWithoutParallel(stage.name()));
            }
        });
        for (StageBody body : bodies) {
            checkBody(stage, body, parallelParent, names);
        }
    }

    private void checkBody(StageNode stage, StageBody body, Optional<String> parallelParent,
                           Map<String, SourcePos> names) {
        if (body instanceof Steps s) {
            steps.check(s.steps(), true);
        } else if (body instanceof NestedStages n) {
            check(n.stages(), parallelParent, names);
        } else if (body instanceof ParallelStages p) {
            parallelParent.ifPresent(outer -> report.error(p.pos(),
                    ValidationMessages.nestedParallel("parallel", stage.name(), outer)));
            stage.agent().ifPresent(a -> report.error(a.pos(), ValidationMessages.sectionWithParallel("agent", stage.name())));
            stage.tools().ifPresent(t -> report.error(t.pos(), ValidationMessages.sectionWithParallel("tools", stage.name())));
            check(p.stages(), Optional.of(stage.name()), names);
        } else if (body instanceof MatrixStages m) {
            parallelParent.ifPresent(outer -> report.error(m.pos(),
                    ValidationMessages.nestedParallel("matrix", stage.name(), outer)));
            new MatrixRules(report).check(m);
            sections.checkMatrixDirectives(m);
            m.stages().ifPresent(s -> check(s.entries(), Optional.of(stage.name()), new HashMap<>()));
        }
    }
}
