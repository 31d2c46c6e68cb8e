package io.slipway.bench;

import io.slipway.dsl.CompileResult;
import io.slipway.dsl.PipelineCompiler;
import io.slipway.dsl.parse.GroovyParser;
import io.slipway.dsl.parse.ParseResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to read a generated declarative Jenkinsfile of 2,000 lines after warm-up: {@link #parse} is the
 * Groovy layer alone (lexing, parsing, GString interpolation); {@link #compile} is what a build does
 * with a Jenkinsfile: parse, read the declarative structure, validate and build the model. Run it with
 * {@code bench/dsl-parse.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class DslParseBenchmark {

    @Param("2000")
    public int lines;

    private String text;
    private PipelineCompiler compiler;

    @Setup
    public void generate() {
        text = PipelineGenerator.pipeline(lines);
        compiler = PipelineCompiler.standard();
        CompileResult check = compiler.compile("Jenkinsfile", text);
        if (!check.isValid()) {
            throw new IllegalStateException("the generated pipeline is not valid: " + check.errors());
        }
    }

    @Benchmark
    public ParseResult parse() {
        return GroovyParser.parse("Jenkinsfile", text);
    }

    @Benchmark
    public CompileResult compile() {
        return compiler.compile("Jenkinsfile", text);
    }
}
