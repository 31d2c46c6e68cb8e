package io.slipway.dsl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statements of script blocks: declarations, assignment, loops, switch, closures and methods. */
class StatementsTest {

    /** Rows are scripts with {@code ;} standing for a line break; the value is the script's last expression. */
    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            def x = 1; x += 2; x                                              ==> 3
            def s = 'a'; s += 'b'; s *= 2; s                                   ==> 'abab'
            def l = []; l << 1; l += 2; l                                      ==> [1, 2]
            def m = [:]; m.a = 1; m['b'] = 2; m                                ==> [a:1, b:2]
            def l = [1, 2, 3]; l[0] = 9; l[-1] = 7; l                          ==> [9, 2, 7]
            def l = []; l[2] = 'x'; l                                          ==> [null, null, 'x']
            def x; x ?= 5; x                                                   ==> 5
            int n = 7 / 2; n                                                   ==> 3
            int n = 1; n += 1.5; n                                             ==> 2
            String s = 'a'; s = 5; s                                           ==> '5'
            def d = 1; d += 1.5; d                                             ==> 2.5G
            String s = 5; s                                                    ==> '5'
            def i = 0; i++; ++i; i                                             ==> 2
            def i = 5; def j = i--; [i, j]                                     ==> [4, 5]
            def total = 0; for (x in [1, 2, 3]) { total += x }; total          ==> 6
            def out = []; for (e in [a: 1, b: 2]) { out << e.key + e.value }; out ==> ['a1', 'b2']
            def s = 0; for (i in 1..4) { s += i }; s                           ==> 10
            def out = []; for (c in 'ab') { out << c }; out                    ==> ['a', 'b']
            def out = []; for (String c : ['x', 'y']) { out << c }; out        ==> ['x', 'y']
            def s = ''; for (int i = 0;i < 3;i++) { s += i }; s              ==> '012'
            def out = []; for (x in null) { out << x }; out                    ==> []
            def i = 0; def seen = []; while (true) { i++; if (i == 2) { continue }; if (i > 4) { break }; seen << i }; seen ==> [1, 3, 4]
            def out = []; for (x in [1, 2, 3, 4]) { if (x == 3) { break }; out << x }; out ==> [1, 2]
            if (1 > 2) { 'a' } else if (2 > 1) { 'b' } else { 'c' }            ==> 'b'
            def n = 0; def inc = { n++ }; inc(); inc(); n                      ==> 2
            def c = { it * 2 }; c(4)                                           ==> 8
            def c = { it * 2 }; c.call(5)                                      ==> 10
            def c = { a, b -> a + b }; c(1, 2)                                 ==> 3
            def c = { -> 'none' }; c()                                         ==> 'none'
            def make = { k -> { x -> x * k } }; def triple = make(3); triple(5) ==> 15
            def twice(x) { x * 2 }; twice(21)                                  ==> 42
            def fact(n) { n <= 1 ? 1 : n * fact(n - 1) }; fact(10)            ==> 3628800
            def early(x) { if (x) { return 'yes' }; 'no' }; [early(1), early(0)] ==> ['yes', 'no']
            def greet(name) { "hi ${name}" }; greet('bob')                     ==> 'hi bob'
            y = 1; def f() { y + 1 }; f()                                      ==> 2
            def r = []; 3.times { r << it }; r                                 ==> [0, 1, 2]
            def r = []; 1.upto(3) { r << it }; r                               ==> [1, 2, 3]
            def r = []; 3.downto(1) { r << it }; r                             ==> [3, 2, 1]
            def r = []; [a: 1, b: 2].each { k, v -> r << k }; r                ==> ['a', 'b']
            def r = []; [a: 1].each { r << it.key + '=' + it.value }; r       ==> ['a=1']
            def r = []; ['x', 'y'].eachWithIndex { v, i -> r << v + i }; r    ==> ['x0', 'y1']
            def f = { it > 1 }; [1, 2, 3].findAll(f)                           ==> [2, 3]
            """)
    void scriptGivesGroovysValue(String script, String expected) {
        Harness h = new Harness();
        assertThat(Inspect.of(h.run(script.replace("; ", "\n")))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "switch ({0}) ==> {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            'a'      ==> 'letter a'
            'c'      ==> 'b or c'
            3        ==> 'small'
            42       ==> 'integer'
            'v1.2'   ==> 'version'
            2.5      ==> 'other'
            """)
    void switchMatchesLikeGroovysIsCase(String subject, String expected) {
        String script = """
                def r
                switch (%s) {
                    case 'a':
                        r = 'letter a'
                        break
                    case ['b', 'c']:
                        r = 'b or c'
                        break
                    case 1..5:
                        r = 'small'
                        break
                    case Integer:
                        r = 'integer'
                        break
                    case ~/v\\d+\\.\\d+/:
                        r = 'version'
                        break
                    default:
                        r = 'other'
                }
                r
                """.formatted(subject);
        assertThat(Inspect.of(new Harness().run(script))).isEqualTo(expected);
    }

    @Test
    void aSwitchAtTheEndOfAWhenExpressionGivesTheValueOfTheTakenCase() {
        Harness h = new Harness();
        h.env.put("BRANCH_NAME", "develop");
        var body = Scripts.body("""
                switch (env.BRANCH_NAME) {
                    case 'main':
                        true
                        break
                    case ~/feature.*/:
                        false
                        break
                    default:
                        env.BRANCH_NAME == 'develop'
                }
                """);
        assertThat(h.interpreter.evaluateCondition(body, h.ctx)).isTrue();
        h.env.put("BRANCH_NAME", "feature/x");
        assertThat(h.interpreter.evaluateCondition(body, h.ctx)).isFalse();
    }

    @Test
    void switchFallsThroughUntilBreak() {
        Object r = new Harness().run("""
                def seen = []
                switch (1) {
                    case 1:
                        seen << 'one'
                    case 2:
                        seen << 'two'
                        break
                    case 3:
                        seen << 'three'
                }
                seen
                """);
        assertThat(Inspect.of(r)).isEqualTo("['one', 'two']");
    }

    @Test
    void blockVariablesDoNotLeakButClosuresSeeAndChangeOuterOnes() {
        Harness h = new Harness();
        Object r = h.run("""
                def outer = 'o'
                if (true) {
                    def inner = 'i'
                    outer = outer + inner
                }
                def c = { outer += '!' }
                c()
                outer
                """);
        assertThat(r).isEqualTo("oi!");
    }

    @Test
    void variablesAssignedWithoutDefAreSharedBetweenScriptBlocksOfOneBuild() {
        Harness h = new Harness();
        h.run("version = '1.2'\ndef local = 'x'");
        assertThat(h.run("version")).isEqualTo("1.2");
        assertThat(h.steps.calls).isEmpty();
    }

    @Test
    void methodsDoNotSeeTheCallersLocalVariables() {
        Harness h = new Harness();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> h.run("def secret = 1\ndef peek() { secret }\npeek()"))
                .isInstanceOf(EvalException.class)
                .hasMessageContaining("No such property: secret");
    }

    @Test
    void topLevelMethodsOfAJenkinsfileCanBeCalledFromScriptBlocks() {
        Harness h = new Harness();
        h.interpreter.defineMethods(Scripts.body("@NonCPS\ndef tag(v) { \"v${v}\" }\npipeline { }"));
        assertThat(h.run("tag(3)")).isEqualTo("v3");
        assertThat(h.steps.calls).isEmpty();
    }
}
