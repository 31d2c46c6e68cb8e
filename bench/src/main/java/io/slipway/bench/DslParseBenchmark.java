package io.slipway.bench;

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
 * Time to parse a generated declarative Jenkinsfile of 2,000 lines after warm-up: lexing, the Groovy
 * parser and GString interpolation. Run it with {@code bench/dsl-parse.sh}.
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

    @Setup
    public void generate() {
        text = PipelineGenerator.pipeline(lines);
        ParseResult check = GroovyParser.parse("Jenkinsfile", text);
        if (check.hasErrors()) {
            throw new IllegalStateException("the generated pipeline does not parse: " + check.diagnostics());
        }
    }

    @Benchmark
    public ParseResult parse() {
        return GroovyParser.parse("Jenkinsfile", text);
    }
}
