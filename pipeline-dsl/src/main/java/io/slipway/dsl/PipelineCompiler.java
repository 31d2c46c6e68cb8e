package io.slipway.dsl;

import io.slipway.dsl.ast.declarative.PipelineNode;
import io.slipway.dsl.diagnostic.Diagnostics;
import io.slipway.dsl.model.Pipeline;
import io.slipway.dsl.model.build.ModelBuilder;
import io.slipway.dsl.parse.GroovyParser;
import io.slipway.dsl.parse.ParseResult;
import io.slipway.dsl.parse.declarative.DeclarativeReader;
import io.slipway.dsl.validate.PipelineValidator;
import java.util.Optional;

/**
 * Compiles a Jenkinsfile: parse (Groovy syntax), read (declarative structure), validate (meaning), and
 * build the model. Every diagnostic of every pass is collected; the model is present exactly when there
 * is no error. Warnings alone leave a pipeline valid. As in Jenkins, a file with Groovy syntax errors is
 * reported with those errors only: the parser recovers and reports them all, but what it had to skip would
 * otherwise show up again as misleading structural errors (an "empty" section whose only line was broken).
 * Instances are immutable and thread-safe.
 */
public final class PipelineCompiler {

    private final PipelineValidator validator;

    public PipelineCompiler(PipelineValidator validator) {
        this.validator = validator;
    }

    /** A compiler with the standard step catalog and the cron and expression checks of this module. */
    public static PipelineCompiler standard() {
        return new PipelineCompiler(PipelineValidator.standard());
    }

    /**
     * @param file the name diagnostics give the file (as the user named it)
     * @param text the Jenkinsfile's content
     */
    public CompileResult compile(String file, String text) {
        Diagnostics diagnostics = new Diagnostics();
        ParseResult parsed = GroovyParser.parse(file, text);
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.hasErrors()) {
            return new CompileResult(Optional.empty(), diagnostics.sorted());
        }
        Optional<PipelineNode> pipeline = DeclarativeReader.read(parsed.ast(), diagnostics);
        pipeline.ifPresent(p -> validator.validate(p, diagnostics));
        Optional<Pipeline> model = pipeline.filter(p -> !diagnostics.hasErrors()).map(ModelBuilder::build);
        return new CompileResult(model, diagnostics.sorted());
    }
}
