package io.slipway.server.cli;

import io.slipway.dsl.CompileResult;
import io.slipway.dsl.PipelineCompiler;
import io.slipway.dsl.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code slipway.jar lint FILE...}: checks Jenkinsfiles as the engine would before running them. Every
 * diagnostic of every file goes to standard output as {@code FILE:LINE:COLUMN: error: message} (with a
 * {@code   hint: ...} line where one helps), followed by one summary line per file
 * ({@code FILE: valid} or {@code FILE: N errors}). Exit 0 when every file is valid (warnings allowed),
 * 1 when any file has errors, 2 for a usage error or a file that cannot be read. A malformed file is a
 * list of diagnostics, never a stack trace.
 */
public final class LintCommand {

    private static final String USAGE = """
            usage: java -jar slipway.jar lint FILE...
            Checks declarative Jenkinsfiles and prints every problem as FILE:LINE:COLUMN: error: message.
            Exit 0 when all files are valid, 1 when any has errors, 2 for a usage error or an unreadable file.""";

    private LintCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length == 0) {
            err.println("lint: no file given");
            err.println(USAGE);
            return 2;
        }
        PipelineCompiler compiler = PipelineCompiler.standard();
        int exit = 0;
        for (String file : args) {
            exit = Math.max(exit, lint(compiler, file, out, err));
        }
        return exit;
    }

    private static int lint(PipelineCompiler compiler, String file, PrintStream out, PrintStream err) {
        String text;
        try {
            text = read(Path.of(file));
        } catch (IOException | RuntimeException e) {
            err.println("lint: cannot read " + file + ": " + reason(e));
            return 2;
        }
        CompileResult result;
        try {
            result = compiler.compile(file, text);
        } catch (RuntimeException e) {
            // A crash here is a Slipway bug; the user gets one clear line instead of a stack trace.
            err.println("lint: internal error while checking " + file + ": " + e);
            return 2;
        }
        for (Diagnostic d : result.diagnostics()) {
            out.println(d.format());
        }
        out.println(summary(file, result));
        return result.isValid() ? 0 : 1;
    }

    private static String read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory");
        }
        // Decoding with replacement: a file in another encoding still gets checked, never rejected with an exception.
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String summary(String file, CompileResult result) {
        long errors = result.errors().size();
        long warnings = result.diagnostics().size() - errors;
        String warningText = warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)");
        if (errors == 0) {
            return file + ": valid" + warningText;
        }
        return file + ": " + errors + (errors == 1 ? " error" : " errors") + warningText;
    }
}
