package io.slipway.dsl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the checker reports before a build: each construct the interpreter cannot evaluate, with its place. */
class ExpressionCheckerTest {

    private final ExpressionChecker checker = new ExpressionChecker();

    private List<Diagnostic> check(String script) {
        return checker.check(Scripts.body(script.replace("; ", "\n")));
    }

    @ParameterizedTest(name = "{0}  ==>  {1}:{2} {3}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            def f = new File('x')                  ==> 1 ==> 9  ==> `'new File(...)' is not supported in pipeline scripts`
            def j = Jenkins.instance               ==> 1 ==> 9  ==> `'Jenkins.instance' is not supported in pipeline scripts (static access to class Jenkins)`
            def v = System.getenv('HOME')          ==> 1 ==> 9  ==> `'System.getenv()' is not supported in pipeline scripts (static access to class System)`
            Thread.sleep(10)                       ==> 1 ==> 1  ==> `'Thread.sleep()' is not supported in pipeline scripts (static access to class Thread)`
            java.lang.System.exit(0)               ==> 1 ==> 1  ==> `access to 'java.lang.System.exit()' is not supported in pipeline scripts`
            def p = java.lang.Math.PI              ==> 1 ==> 9  ==> `access to 'java.lang.Math.PI' is not supported in pipeline scripts`
            def m = 'x'.metaClass                  ==> 1 ==> 9  ==> `metaprogramming ('metaClass') is not supported in pipeline scripts`
            def c = params.getClass()              ==> 1 ==> 9  ==> `metaprogramming ('getClass') is not supported in pipeline scripts`
            def r = currentBuild.rawBuild          ==> 1 ==> 9  ==> `currentBuild.rawBuild is not supported in pipeline scripts`
            evaluate('1 + 1')                      ==> 1 ==> 1  ==> `metaprogramming ('evaluate') is not supported in pipeline scripts`
            def out = 'ls'.execute()               ==> 1 ==> 11 ==> `metaprogramming ('execute') is not supported in pipeline scripts`
            def n = params.X as File               ==> 1 ==> 9  ==> `cast to 'File' is not supported in pipeline scripts`
            File f = null                          ==> 1 ==> 1  ==> `type 'File' is not supported in pipeline scripts`
            def b = params.X instanceof Foo        ==> 1 ==> 18 ==> `'instanceof Foo' is not supported in pipeline scripts`
            def r = 'a'..'e'                       ==> 1 ==> 9  ==> `range ''a'..'e'' is not supported in pipeline scripts (only integer ranges)`
            def s = 'abc'.frobnicate()             ==> 1 ==> 9  ==> `method 'frobnicate' of String is not supported in pipeline scripts`
            def x = 1; throw 'oops'                ==> 2 ==> 1  ==> `can only throw an exception, not a String`
            @Grab('org.x:y:1.0'); def x = 1        ==> 1 ==> 1  ==> `annotation '@Grab' is not supported in pipeline scripts`
            def c = currentBuild.changeSets        ==> 1 ==> 9  ==> `currentBuild.changeSets is not supported in pipeline scripts`
            currentBuild.keepLog(true)             ==> 1 ==> 1  ==> `method 'keepLog' of currentBuild is not supported in pipeline scripts`
            def e = env.containsKey('X')           ==> 1 ==> 9  ==> `method 'containsKey' of env is not supported in pipeline scripts`
            def lib = helper(this)                 ==> 1 ==> 18 ==> `'this' (the script object) is not supported in pipeline scripts`
            """)
    void unsupportedConstructIsAnErrorNamingItWithItsPlace(String script, int line, int column, String message) {
        List<Diagnostic> diagnostics = check(script);
        assertThat(diagnostics).hasSize(1);
        Diagnostic d = diagnostics.get(0);
        assertThat(d.isError()).isTrue();
        assertThat(d.message()).isEqualTo(message);
        assertThat(d.pos().line()).isEqualTo(line);
        assertThat(d.pos().column()).isEqualTo(column);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "if (BRANCH_NAME == 'main' && GIT_COMMIT) { echo 'x' }",
            "def n = Integer.parseInt(params.COUNT ?: '1'); def m = Math.max(n, Integer.MAX_VALUE)",
            "try { sh 'make' } catch (hudson.AbortException e) { currentBuild.result = 'UNSTABLE' }",
            "throw new Exception('x')",
            "def l = new ArrayList(); l << [a: 1].collect { k, v -> \"$k=$v\" }.join(',')",
            "def Foo = [x: 1]; echo Foo.x",
            "def helper(x) { x.trim() }; helper(env.X)",
            "def r = 0..<3; for (i in r) { echo \"${i}\" }",
            "env.getProperty('X')",
            "['a', 'b']*.toUpperCase()",
    })
    void scriptsTheInterpreterCanRunHaveNoDiagnostics(String script) {
        assertThat(check(script)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void unknownMethodOnALiteralGetsAHintListingTheSupportedOnes() {
        Diagnostic d = check("'abc'.toUpper()").get(0);
        assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("String methods here: ").contains("toUpperCase"));
    }

    @org.junit.jupiter.api.Test
    void callersGlobalsAreNotTakenForClasses() {
        var withGlobals = new ExpressionChecker(java.util.Set.of("Artifactory"));
        assertThat(withGlobals.check(Scripts.body("def server = Artifactory.server('main')"))).isEmpty();
        assertThat(check("def server = Artifactory.server('main')")).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void currentBuildAndEnvMembersTheInterpreterKnowsPass() {
        assertThat(check("""
                currentBuild.result = 'UNSTABLE'
                def p = currentBuild.previousBuild?.result
                def d = currentBuild.getDurationString() + currentBuild.resultIsBetterOrEqualTo('SUCCESS')
                def all = env.getEnvironment()
                def skip = currentBuild.rollback || currentBuild.getRollback()
                """)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyProblemIsReportedNotJustTheFirst() {
        assertThat(check("def a = new Socket(); def b = Jenkins.instance; def c = x as Foo")).hasSize(3);
    }

    @org.junit.jupiter.api.Test
    void aSingleExpressionCanBeChecked() {
        assertThat(checker.check(Scripts.expr("System.getenv('AWS_SECRET')"))).hasSize(1);
        assertThat(checker.check(Scripts.expr("System.currentTimeMillis() > 0"))).isEmpty();
        assertThat(checker.check(Scripts.expr("params.DEPLOY && env.BRANCH_NAME ==~ /release-.*/"))).isEmpty();
    }
}
