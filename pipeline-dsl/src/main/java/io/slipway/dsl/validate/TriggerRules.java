package io.slipway.dsl.validate;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.model.BuildResult;
import io.slipway.dsl.parse.declarative.ExprText;
import io.slipway.dsl.parse.declarative.Literals;
import io.slipway.dsl.parse.declarative.Suggestions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@code triggers}: cron specs (through {@link CronCheck}, problems placed inside the string literal),
 * {@code upstream}'s projects and threshold, unique triggers. Triggers of common plugins are accepted by
 * name; a near miss of a known trigger is an error, any other unknown trigger a warning.
 */
final class TriggerRules {

    static final List<String> CORE = List.of("cron", "pollSCM", "upstream");
    static final List<String> PLUGIN = List.of("githubPush", "GenericTrigger", "gitlab", "bitbucketPush",
            "bitbucketTrigger", "parameterizedCron", "issueCommentTrigger", "gerrit", "URLTrigger", "eventTrigger",
            "githubPullRequests", "githubBranches", "ghprbTrigger", "snapshotDependencies", "pipelineTriggers",
            "bitBucketTrigger", "periodicFolderTrigger", "dockerHubTrigger");

    private final Report report;
    private final CronCheck cron;

    TriggerRules(Report report, CronCheck cron) {
        this.report = report;
        this.cron = cron;
    }

    void check(SectionNode<CallNode> section) {
        Set<String> seen = new HashSet<>();
        for (CallNode t : section.entries()) {
            if (!seen.add(t.name())) {
                report.error(t.pos(), ValidationMessages.duplicateTrigger(t.name()));
            }
            switch (t.name()) {
                case "cron", "pollSCM" -> checkSpec(t);
                case "upstream" -> checkUpstream(t);
                default -> checkOther(t);
            }
        }
    }

    private void checkSpec(CallNode t) {
        Expr spec = t.args().size() == 1 && t.named().isEmpty() ? t.args().get(0)
                : t.args().isEmpty() ? t.arg("spec").map(a -> a.value()).orElse(null) : null;
        if (spec == null) {
            report.error(t.pos(), ValidationMessages.cronSpecNotString(t.name()));
            return;
        }
        boolean[] closure = {spec instanceof io.slipway.dsl.ast.ClosureExpr};
        SyntaxWalk.each(spec, e -> closure[0] |= e instanceof io.slipway.dsl.ast.MethodCallExpr m
                && (m.closure().isPresent() || m.args().stream().anyMatch(a -> a instanceof io.slipway.dsl.ast.ClosureExpr)));
        if (closure[0]) {
            report.error(spec.pos(), ValidationMessages.cronSpecNotString(t.name()));
            return;
        }
        if (!(spec instanceof ConstantExpr c && c.value() instanceof String text)) {
            return;
        }
        for (CronCheck.Problem problem : cron.check(text)) {
            SourcePos at = place(spec.pos(), problem);
            if (problem.warning()) {
                report.warning(at, ValidationMessages.cronWarning(t.name(), problem.message()));
            } else {
                report.error(at, ValidationMessages.badCron(t.name(), problem.message()));
            }
        }
    }

    /** The place of a spec problem in the file: the literal's start, moved past its opening quote on line 1. */
    private static SourcePos place(SourcePos literal, CronCheck.Problem problem) {
        if (problem.line() <= 1) {
            return new SourcePos(literal.file(), literal.line(), literal.column() + Math.max(problem.column(), 1));
        }
        return new SourcePos(literal.file(), literal.line() + problem.line() - 1, Math.max(problem.column(), 1));
    }

    private void checkUpstream(CallNode t) {
        if (t.arg("upstreamProjects").flatMap(a -> ExprText.stringOf(a.value())).isEmpty()) {
            report.error(t.pos(), ValidationMessages.upstreamWithoutProjects());
        }
        t.arg("threshold").ifPresent(a -> {
            String word = Literals.word(a.value()).orElse(ExprText.of(a.value()));
            if (BuildResult.find(word).isEmpty()) {
                report.error(a.value().pos(), ValidationMessages.badThreshold(word),
                        ValidationMessages.allowed(BuildResult.allowed()));
            }
        });
    }

    private void checkOther(CallNode t) {
        if (PLUGIN.contains(t.name())) {
            return;
        }
        if (Suggestions.nearest(t.name(), CORE).isPresent()) {
            report.unknown(t.pos(), ValidationMessages.unknownTrigger(t.name()), t.name(), CORE);
        } else {
            report.warning(t.pos(), ValidationMessages.unknownTrigger(t.name())
                    + "; Slipway records it by name and never fires it");
        }
    }
}
