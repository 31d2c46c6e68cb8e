package io.slipway.agent.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AntPatternTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
            "**/*.xml,            a.xml,                    true",
            "**/*.xml,            reports/x/a.xml,          true",
            "**/*.xml,            a.xml.bak,                false",
            "reports/*.xml,       reports/a.xml,            true",
            "reports/*.xml,       reports/sub/a.xml,        false",
            "reports/**/*.xml,    reports/a.xml,            true",
            "reports/**/*.xml,    reports/sub/deep/a.xml,   true",
            "target/,             target/app.jar,           true",
            "target/,             target/classes/A.class,   true",
            "./build/?.txt,       build/a.txt,              true",
            "build/?.txt,         build/ab.txt,             false",
            "*.jar,               lib/app.jar,              false",
            "**,                  any/thing/at/all,         true",
            "src/**,              src/main/A.java,          true",
    })
    void antPatternsMatchAsJenkinsDoes(String pattern, String path, boolean matches) {
        assertThat(AntPattern.of(pattern, true).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} excluded by default: {1}")
    @CsvSource({
            ".git/config,           true",
            "sub/.git/HEAD,         true",
            ".gitignore,            true",
            "notes.txt~,            true",
            "src/.DS_Store,         true",
            "src/Main.java,         false",
            "gitlog.txt,            false",
    })
    void defaultExcludesDropVersionControlAndEditorFiles(String path, boolean excluded) {
        assertThat(AntPattern.anyMatches(AntPattern.DEFAULT_EXCLUDES, path)).isEqualTo(excluded);
    }

    @org.junit.jupiter.api.Test
    void caseInsensitivePatternsIgnoreCase() {
        assertThat(AntPattern.of("**/*.JAR", false).matches("lib/app.jar")).isTrue();
        assertThat(AntPattern.of("**/*.JAR", true).matches("lib/app.jar")).isFalse();
    }
}
