package io.slipway.dsl.validate;

import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.PipelineNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.diagnostic.Diagnostics;
import io.slipway.dsl.parse.declarative.ExprText;

/**
 * Validates a declarative pipeline: required sections ({@code agent} and {@code stages}, as Jenkins requires
 * at the top level), empty sections, and every rule of the directives, stages and steps. Every problem is
 * added to the given {@link Diagnostics}; nothing stops at the first. Instances are immutable and may be
 * shared between threads.
 */
public final class PipelineValidator {

    private final StepCatalog steps;
    private final CronCheck cron;
    private final ExpressionCheck expressions;

    public PipelineValidator(StepCatalog steps, CronCheck cron, ExpressionCheck expressions) {
        this.steps = steps;
        this.cron = cron;
        this.expressions = expressions;
    }

    /** Jenkins' standard steps and Slipway's, with the cron and expression checks available in this build. */
    public static PipelineValidator standard() {
        return new PipelineValidator(JenkinsStepCatalog.standard(), StandardChecks.cron(),
                StandardChecks.expressions());
    }

    public void validate(PipelineNode pipeline, Diagnostics diagnostics) {
        Report report = new Report(diagnostics);
        ExpressionCheck expressions = pipeline.usesSharedLibraries() ? new LibraryTolerantCheck(this.expressions)
                : this.expressions;
        if (!pipeline.sectionsWritten().contains("agent")) {
            report.error(pipeline.pos(), ValidationMessages.missingSection("agent"),
                    "add 'agent any' or 'agent none' (when every stage has its own agent)");
        }
        if (!pipeline.sectionsWritten().contains("stages")) {
            report.error(pipeline.pos(), ValidationMessages.missingSection("stages"));
        }
        StepCatalog catalog = pipeline.scriptFunctions().isEmpty() ? steps
                : new ExtendedCatalog(steps, pipeline.scriptFunctions());
        StepRules stepRules = new StepRules(report, catalog, expressions, pipeline.usesSharedLibraries());
        PostRules postRules = new PostRules(report, stepRules);
        SectionRules sections = new SectionRules(report, new WhenRules(report, expressions), postRules, expressions);
        sections.checkPipelineDirectives(pipeline.agent(), pipeline.environment(), pipeline.options(),
                pipeline.tools(), pipeline.post());
        pipeline.parameters().ifPresent(p -> new ParameterRules(report).check(p.entries()));
        pipeline.triggers().ifPresent(new TriggerRules(report, cron)::check);
        pipeline.libraries().ifPresent(l -> checkLibraries(l, report));
        pipeline.stages().ifPresent(s -> new StageRules(report, sections, stepRules).check(s.entries()));
    }

    private static void checkLibraries(SectionNode<CallNode> libraries, Report report) {
        for (CallNode lib : libraries.entries()) {
            boolean ok = lib.name().equals("lib") && lib.args().size() == 1 && lib.named().isEmpty()
                    && ExprText.stringOf(lib.args().get(0)).isPresent();
            if (!ok) {
                report.error(lib.pos(), ValidationMessages.expectedLibrary());
            }
        }
    }
}
