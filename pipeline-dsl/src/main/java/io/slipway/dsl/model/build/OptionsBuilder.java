package io.slipway.dsl.model.build;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.model.Options;
import io.slipway.dsl.model.TimeUnitName;
import io.slipway.dsl.parse.declarative.Literals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link Options}: typed fields for the options Slipway acts on, the others by name. */
final class OptionsBuilder {

    private OptionsBuilder() {
    }

    static Options build(List<CallNode> options) {
        Optional<Options.Timeout> timeout = Optional.empty();
        Optional<Integer> retry = Optional.empty();
        Optional<Options.ConcurrentBuilds> concurrent = Optional.empty();
        Optional<Options.LogRotator> discarder = Optional.empty();
        Optional<Integer> quietPeriod = Optional.empty();
        Optional<String> subdirectory = Optional.empty();
        Optional<Integer> stashes = Optional.empty();
        boolean timestamps = false;
        boolean skipCheckout = false;
        boolean skipAfterUnstable = false;
        boolean alwaysFailFast = false;
        boolean disableResume = false;
        boolean containerPerStage = false;
        Map<String, Options.OtherOption> others = new LinkedHashMap<>();
        for (CallNode o : options) {
            switch (o.name()) {
                case "timeout" -> timeout = Optional.of(new Options.Timeout(whole(first(o, "time")),
                        o.arg("unit").flatMap(u -> Literals.word(u.value())).flatMap(TimeUnitName::find)
                                .orElse(TimeUnitName.MINUTES),
                        Values.flag(o.named(), "activity")));
                case "retry" -> {
                    retry = Optional.of((int) whole(first(o, "count")));
                    // retry(count: 2, conditions: [agent()]): the conditions are read through Options.retryConditions
                    if (o.arg("conditions").isPresent()) {
                        others.put(o.name(), new Options.OtherOption(o.name(), o.args(), Values.map(o.named())));
                    }
                }
                case "disableConcurrentBuilds" -> concurrent = Optional.of(
                        new Options.ConcurrentBuilds(Values.flag(o.named(), "abortPrevious")));
                case "buildDiscarder" -> discarder = Optional.of(logRotator(o));
                case "quietPeriod" -> quietPeriod = Optional.of((int) whole(first(o, "quietPeriod")));
                case "checkoutToSubdirectory" -> subdirectory = first(o, "path").flatMap(Literals::word);
                case "preserveStashes" -> stashes = Optional.of(o.arg("buildCount")
                        .flatMap(a -> Literals.whole(a.value())).map(Long::intValue).orElse(1));
                case "timestamps" -> timestamps = on(o);
                case "skipDefaultCheckout" -> skipCheckout = on(o);
                case "skipStagesAfterUnstable" -> skipAfterUnstable = on(o);
                case "parallelsAlwaysFailFast" -> alwaysFailFast = on(o);
                case "disableResume" -> disableResume = on(o);
                case "newContainerPerStage" -> containerPerStage = on(o);
                default -> others.put(o.name(), new Options.OtherOption(o.name(), o.args(), Values.map(o.named())));
            }
        }
        return new Options(timeout, retry, concurrent, discarder, timestamps, skipCheckout, quietPeriod,
                skipAfterUnstable, subdirectory, stashes, alwaysFailFast, disableResume, containerPerStage, others);
    }

    /** A flag option: {@code timestamps()} is on, {@code skipDefaultCheckout(false)} is off. */
    private static boolean on(CallNode o) {
        return o.args().isEmpty() || Literals.bool(o.args().get(0)).orElse(true);
    }

    private static Optional<Expr> first(CallNode o, String key) {
        return o.args().size() == 1 ? Optional.of(o.args().get(0)) : o.arg(key).map(NamedArg::value);
    }

    private static long whole(Optional<Expr> value) {
        return value.flatMap(Literals::whole).orElseThrow(() ->
                new IllegalStateException("option passed validation without a number"));
    }

    private static Options.LogRotator logRotator(CallNode o) {
        MethodCallExpr strategy = (MethodCallExpr) o.args().get(0);
        List<NamedArg> a = strategy.named();
        return new Options.LogRotator(count(a, "numToKeep"), count(a, "daysToKeep"), count(a, "artifactNumToKeep"),
                count(a, "artifactDaysToKeep"));
    }

    private static Optional<Integer> count(List<NamedArg> args, String key) {
        return args.stream().filter(a -> a.name().equals(key) || a.name().equals(key + "Str")).findFirst()
                .flatMap(a -> Literals.whole(a.value())).filter(v -> v >= 0).map(Long::intValue);
    }
}
