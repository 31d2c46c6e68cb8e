package io.slipway.dsl.parse.declarative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> KNOWN = List.of("steps", "stages", "timeout", "echo", "sh", "branch",
            "environment");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            stepz       | steps
            Steps       | steps
            stpes       | steps
            timout      | timeout
            tiemout     | timeout
            ech         | echo
            shh         | sh
            brnch       | branch
            enviroment  | environment
            frobnicate  | -
            xy          | -
            timeoutXYZ  | -
            """)
    void nearWordsAreSuggestedAndFarOnesAreNot(String typed, String expected) {
        assertThat(Suggestions.nearest(typed, KNOWN).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"steps, stpes, 1", "kitten, sitting, 3", "abc, abc, 0", "ab, ba, 1", "'', abc, 3"})
    void distanceCountsEditsAndAdjacentSwaps(String a, String b, int expected) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
    }
}
