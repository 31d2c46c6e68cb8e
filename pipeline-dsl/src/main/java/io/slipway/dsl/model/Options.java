package io.slipway.dsl.model;

import io.slipway.dsl.ast.Expr;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code options} of a pipeline or stage: the ones Slipway acts on are typed, every other option is kept
 * by name in {@code others} (a wrapper such as {@code ansiColor('xterm')} or a job property of a plugin).
 */
public record Options(Optional<Timeout> timeout, Optional<Integer> retry,
                      Optional<ConcurrentBuilds> disableConcurrentBuilds, Optional<LogRotator> buildDiscarder,
                      boolean timestamps, boolean skipDefaultCheckout, Optional<Integer> quietPeriodSeconds,
                      boolean skipStagesAfterUnstable, Optional<String> checkoutToSubdirectory,
                      Optional<Integer> preserveStashes, boolean parallelsAlwaysFailFast, boolean disableResume,
                      boolean newContainerPerStage, Map<String, OtherOption> others) {

    public Options {
        others = Map.copyOf(others);
    }

    /**
     * {@code deployment('prod')}: the environment a successful build of this pipeline deploys to (Slipway's
     * own option, kept in {@link #others}); empty when the pipeline does not say.
     */
    public Optional<String> deployment() {
        return Optional.ofNullable(others.get("deployment"))
                .filter(o -> o.args().size() == 1)
                .map(o -> o.args().get(0))
                .flatMap(e -> e instanceof io.slipway.dsl.ast.ConstantExpr c && c.value() instanceof String s
                        ? Optional.of(s) : Optional.empty());
    }

    /**
     * The names of the conditions of {@code retry(count: 2, conditions: [agent(), nonresumable()])}, in order;
     * empty when the retry option has none (then it retries on any failure).
     */
    public List<String> retryConditions() {
        OtherOption retry = others.get("retry");
        if (retry == null || !(retry.named().get("conditions") instanceof io.slipway.dsl.ast.ListExpr list)) {
            return List.of();
        }
        return list.elements().stream()
                .filter(e -> e instanceof io.slipway.dsl.ast.MethodCallExpr)
                .map(e -> ((io.slipway.dsl.ast.MethodCallExpr) e).name())
                .toList();
    }

    public static Options none() {
        return new Options(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false,
                Optional.empty(), false, Optional.empty(), Optional.empty(), false, false, false, Map.of());
    }

    /** {@code timeout(time: 30, unit: 'MINUTES', activity: false)}; activity means "without log output". */
    public record Timeout(long time, TimeUnitName unit, boolean activity) {

        public java.time.Duration duration() {
            return java.time.Duration.of(time, unit.chronoUnit());
        }
    }

    /** {@code disableConcurrentBuilds(abortPrevious: true)}. */
    public record ConcurrentBuilds(boolean abortPrevious) {}

    /** {@code buildDiscarder(logRotator(numToKeepStr: '10', ...))}; absent counts keep everything. */
    public record LogRotator(Optional<Integer> numToKeep, Optional<Integer> daysToKeep,
                             Optional<Integer> artifactNumToKeep, Optional<Integer> artifactDaysToKeep) {}

    /** An option Slipway does not act on, kept by name with its arguments as written. */
    public record OtherOption(String name, List<Expr> args, Map<String, Expr> named) {

        public OtherOption {
            args = List.copyOf(args);
            named = Map.copyOf(named);
        }
    }
}
