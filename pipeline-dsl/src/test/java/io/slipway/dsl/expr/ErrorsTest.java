package io.slipway.dsl.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** try/catch/finally, error and throw, Groovy runtime errors with their places, and the limits. */
class ErrorsTest {

    private final Harness h = new Harness();

    @Test
    void tryCatchFinallyRunInOrderAndCatchTheErrorStep() {
        h.run("""
                try {
                    echo 'before'
                    error 'boom'
                    echo 'never'
                } catch (e) {
                    echo "caught ${e.message}"
                } finally {
                    echo 'finally'
                }
                echo 'after'
                """);
        assertThat(h.steps.calls).containsExactly("echo before", "error boom", "echo caught boom", "echo finally", "echo after");
    }

    @Test
    void finallyRunsWhenNothingCatchesAndTheErrorReachesTheCaller() {
        assertThatThrownBy(() -> h.run("""
                try {
                    error 'deploy failed'
                } catch (IllegalStateException e) {
                    echo 'wrong handler'
                } finally {
                    echo 'cleanup'
                }
                """))
                .isInstanceOf(PipelineError.class)
                .satisfies(e -> assertThat(((PipelineError) e).scriptMessage()).isEqualTo("deploy failed"));
        assertThat(h.steps.calls).containsExactly("error deploy failed", "echo cleanup");
    }

    @ParameterizedTest(name = "throw {0} caught by {1}: {2}")
    @CsvSource(delimiterString = ";", textBlock = """
            new Exception('m')                 ; Exception                ; true
            new RuntimeException('m')          ; Exception                ; true
            new IllegalArgumentException('m')  ; RuntimeException         ; true
            new NumberFormatException('m')     ; IllegalArgumentException ; true
            new Exception('m')                 ; RuntimeException         ; false
            new Exception('m')                 ; Throwable                ; true
            new Error('m')                     ; Exception                ; false
            new IOException('m')               ; java.io.IOException      ; true
            new AbortException('m')            ; IOException              ; true
            new hudson.AbortException('m')     ; AbortException           ; true
            new IllegalStateException('m')     ; IllegalArgumentException ; false
            new IllegalStateException('m')     ; IllegalArgumentException | IllegalStateException ; true
            """)
    void catchClausesMatchByTheJavaHierarchy(String thrown, String types, boolean shouldCatch) {
        String script = "try { throw " + thrown + " } catch (" + types + " e) { echo \"caught ${e.message}\" }";
        if (shouldCatch) {
            h.run(script);
            assertThat(h.steps.calls).containsExactly("echo caught m");
        } else {
            assertThatThrownBy(() -> h.run(script)).isInstanceOf(PipelineError.class);
        }
    }

    @Test
    void groovyRuntimeErrorsAreCatchableWithGroovysMessages() {
        Object r = h.run("""
                def out = []
                try {
                    def x = null
                    x.name
                } catch (NullPointerException e) {
                    out << e.message
                }
                try {
                    'abc'.toInteger()
                } catch (NumberFormatException e) {
                    out << e.message
                }
                out
                """);
        assertThat(Inspect.of(r)).isEqualTo("['Cannot get property 'name' on null object', 'For input string: \"abc\"']");
    }

    @Test
    void uncaughtThrowKeepsItsTypeAndPlace() {
        assertThatThrownBy(() -> h.run("def x = 1\nthrow new IllegalStateException('bad state')"))
                .isInstanceOf(PipelineError.class)
                .hasMessage("Jenkinsfile:2:1: java.lang.IllegalStateException: bad state");
    }

    @Test
    void nullPropertyErrorNamesThePropertyAndPlace() {
        assertThatThrownBy(() -> h.run("def build = null\necho build.number"))
                .isInstanceOf(EvalException.class)
                .hasMessage("Jenkinsfile:2:6: Cannot get property 'number' on null object");
    }

    @Test
    void unknownMethodNamesMethodReceiverTypeAndPlace() {
        assertThatThrownBy(() -> h.run("def s = 'abc'\ns.frobnicate()"))
                .isInstanceOf(EvalException.class)
                .satisfies(e -> {
                    EvalException ex = (EvalException) e;
                    assertThat(ex.detail()).isEqualTo(ExprMessages.unknownMethod("frobnicate", "String"));
                    assertThat(ex.pos().line()).isEqualTo(2);
                    assertThat(ex.scriptType()).isEmpty();
                });
    }

    @Test
    void unsupportedConstructsAreNotSwallowedByCatch() {
        assertThatThrownBy(() -> h.run("try { 'abc'.frobnicate() } catch (Throwable t) { echo 'swallowed' }"))
                .isInstanceOf(EvalException.class)
                .hasMessageContaining("frobnicate");
        assertThat(h.steps.calls).isEmpty();
    }

    @Test
    void anEndlessLoopFailsAtTheIterationBoundAndCannotBeCaught() {
        assertThatThrownBy(() -> h.run("def n = 0\ntry { while (true) { n++ } } catch (e) { echo 'caught' }"))
                .isInstanceOf(EvalException.class)
                .hasMessageContaining(ExprMessages.loopLimit(Loops.LIMIT));
        assertThat(h.steps.calls).isEmpty();
    }

    @Test
    void endlessRecursionFailsClearly() {
        assertThatThrownBy(() -> h.run("def f(n) { f(n + 1) }\nf(0)"))
                .isInstanceOf(EvalException.class)
                .hasMessageContaining(ExprMessages.recursionLimit(Session.MAX_CLOSURE_DEPTH));
    }

    @Test
    void recursionOnASmallThreadStackFailsClearlyInsteadOfCrashing() throws InterruptedException {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                h.run("def f(n) { f(n + 1) }\nf(0)");
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 128 * 1024);
        t.start();
        t.join();
        assertThat(failure[0]).isInstanceOf(EvalException.class);
    }

    @Test
    void divisionByZeroIsAnArithmeticException() {
        assertThat(h.run("try { 1 / 0 } catch (ArithmeticException e) { e.message }")).isEqualTo("Division by zero");
    }

    @Test
    void comparingUnrelatedTypesFailsInsteadOfGuessing() {
        assertThatThrownBy(() -> h.eval("'a' < 1")).isInstanceOf(EvalException.class).hasMessageContaining("Cannot compare");
    }

    @Test
    void breakInsideAClosureIsRefusedInsteadOfEndingTheEnclosingLoop() {
        assertThatThrownBy(() -> h.run("for (i in 1..3) { [1, 2].each { if (it == 2) { break } }\necho \"${i}\" }"))
                .isInstanceOf(EvalException.class)
                .hasMessageContaining(ExprMessages.jumpOutOfClosure());
    }

    @Test
    void paramsAreReadOnlyAsInJenkins() {
        h.params.put("X", "1");
        assertThat(h.run("try { params.X = '2' } catch (UnsupportedOperationException e) { 'refused' }")).isEqualTo("refused");
        assertThat(h.params).containsEntry("X", "1");
    }

    @Test
    void returnEndsAScriptBlock() {
        h.run("echo 'one'\nif (true) { return }\necho 'two'");
        assertThat(h.steps.calls).containsExactly("echo one");
    }
}
