package io.slipway.dsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClosedWordSetsTest {

    @Test
    void postConditionsParseTheirWordsAndNameTheAllowedOnesOtherwise() {
        assertThat(PostCondition.parse("notBuilt")).isEqualTo(PostCondition.NOT_BUILT);
        assertThatThrownBy(() -> PostCondition.parse("allways")).hasMessage("unknown post condition 'allways'"
                + " (allowed: always, changed, fixed, regression, aborted, success, unsuccessful, unstable, failure,"
                + " notBuilt, cleanup)");
    }

    @Test
    void buildResultsAcceptJenkinsQualifiedNames() {
        assertThat(BuildResult.parse("hudson.model.Result.UNSTABLE")).isEqualTo(BuildResult.UNSTABLE);
        assertThat(BuildResult.parse("FAILURE")).isEqualTo(BuildResult.FAILURE);
        assertThatThrownBy(() -> BuildResult.parse("GREEN")).hasMessageContaining("allowed: SUCCESS, UNSTABLE");
    }

    @Test
    void timeUnitsAndComparatorsNameTheAllowedValues() {
        assertThat(TimeUnitName.parse("MINUTES").chronoUnit()).isEqualTo(java.time.temporal.ChronoUnit.MINUTES);
        assertThatThrownBy(() -> TimeUnitName.parse("MINUTE")).hasMessageContaining("allowed: NANOSECONDS");
        assertThat(Comparator.parse("REGEXP")).isEqualTo(Comparator.REGEXP);
        assertThatThrownBy(() -> Comparator.parse("FUZZY")).hasMessage(
                "unknown comparator 'FUZZY' (allowed: GLOB, REGEXP, EQUALS)");
    }
}
