package io.slipway.dsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementParserTest {

    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            def x = 1                                       ==> def x = 1
            def x                                           ==> def x
            String s = 'a'                                  ==> String s = 'a'
            int i = 0                                       ==> int i = 0
            final n = 3                                     ==> def n = 3
            final String n = 'x'                            ==> String n = 'x'
            List<String> xs = []                            ==> List<String> xs = []
            Map<String, List<Integer>> m = [:]              ==> Map<String,List<Integer>> m = [:]
            String[] parts = s.split(',')                   ==> String[] parts = s.split(',')
            def a = 1, b = 2                                ==> def a = 1; def b = 2
            def out = sh script: 'ls', returnStdout: true   ==> def out = sh(script: 'ls', returnStdout: true)
            FOO = 'bar'                                     ==> FOO = 'bar'
            BAR = "${FOO}-x"                                ==> BAR = "${FOO}-x"
            CREDS = credentials('id')                       ==> CREDS = credentials('id')
            env.X = 'y'                                     ==> env.X = 'y'
            x[0] = 1                                        ==> x[0] = 1
            x += 1; x -= 1; x *= 2; x /= 2; x ?= 3           ==> x += 1; x -= 1; x *= 2; x /= 2; x ?= 3
            i++                                             ==> (i++)
            --i                                             ==> (--i)
            if (a) { b() }                                  ==> if a {b()}
            if (a) b() else c()                             ==> if a {b()} else {c()}
            if (a) {\\n b()\\n}\\nelse if (c) {\\n d()\\n} else {\\n e()\\n} ==> if a {b()} else {if c {d()} else {e()}}
            if (a)\\n  echo 'x'                             ==> if a {echo('x')}
            for (x in list) { echo x }                      ==> for x in list {echo(x)}
            for (def x : list) { echo x }                   ==> for x in list {echo(x)}
            for (String x in list) echo x                   ==> for x in list {echo(x)}
            for (int i = 0; i < n; i++) { echo "$i" }       ==> for int i = 0; (i < n); (i++) {echo("${i}")}
            for (i = 0; i < n; i += 2) { }                  ==> for i = 0; (i < n); i += 2 {}
            for (;;) { break }                              ==> for ; ;  {break}
            while (x < 3) { x++ }                           ==> while (x < 3) {(x++)}
            try { a() } catch (Exception e) { b() }         ==> try {a()} catch Exception e {b()}
            try { a() } catch (e) { b() } finally { c() }   ==> try {a()} catch Exception e {b()} finally {c()}
            try {\\n a()\\n}\\ncatch (A | B e) {\\n}\\nfinally {\\n c()\\n} ==> try {a()} catch A | B e {} finally {c()}
            try { a() } catch (hudson.AbortException e) { } ==> try {a()} catch hudson.AbortException e {}
            switch (x) { case 'a': case 'b': echo 'ab'; break\\n case ~/c.*/: echo 'c'\\n default: echo 'd' } ==> switch x {case 'a', 'b': echo('ab'); break case (~'c.*'): echo('c') default: echo('d')}
            return                                          ==> return
            return x + 1                                    ==> return (x + 1)
            throw new Exception('x')                        ==> throw new Exception('x')
            continue                                        ==> continue
            import groovy.json.JsonSlurper                  ==> 
            @Library('lib@1.0') _                           ==> @Library('lib@1.0') _
            @Library(['a', 'b']) import foo.Bar             ==> @Library(['a', 'b']) foo.Bar
            @NonCPS\\ndef parse(text) { return text }       ==> @NonCPS() def parse(text) {return text}
            @SuppressWarnings(value = 'x') def y = 1        ==> @SuppressWarnings(value: 'x') def y = 1
            @groovy.transform.Field String z                ==> @groovy.transform.Field() String z
            def fn(String a, b) { a + b }                   ==> def fn(a, b) {(a + b)}
            void log(String msg) { echo msg }               ==> def log(msg) {echo(msg)}
            private static String q(Map opts) { '' }        ==> def q(opts) {''}
            def r = a\\n  .trim()\\n  ?.toUpperCase()        ==> def r = a.trim()?.toUpperCase()
            def s = a +\\n b                                ==> def s = (a + b)
            def t = [\\n 1,\\n 2\\n]                         ==> def t = [1, 2]
            def u = cond ?\\n a :\\n b                       ==> def u = (cond ? a : b)
            list.each { item ->\\n echo item\\n}            ==> list.each(){item -> echo(item)}
            """)
    void statementsParseAsInGroovy(String source, String expected) {
        assertThat(CommandCallParserTest.parse(source)).isEqualTo(expected == null ? "" : expected);
    }
}
