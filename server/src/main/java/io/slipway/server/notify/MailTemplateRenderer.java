package io.slipway.server.notify;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.notify.Person;
import io.slipway.agent.notify.ScmChange;
import io.slipway.agent.notify.mail.MailTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The default HTML mail body ({@code $DEFAULT_CONTENT}) with FreeMarker, HTML auto-escaping on. The template
 * is the job's own ({@code PUT /api/jobs/{name}/notifications} with {@code mailTemplate}), else the
 * server's {@code $SLIPWAY_DATA/templates/mail.ftlh}, else the built-in one. Templates see {@code build}:
 * {@code job, number, status, cause, subject, parameters, changes (commit, shortCommit, message, author,
 * committer, email), culprits (name, email), logTail}, and {@code failedStage} and {@code url} when known.
 * Thread-safe.
 */
public final class MailTemplateRenderer {

    static final String BUILT_IN = "/io/slipway/server/notify/mail.ftlh";

    private final Path serverTemplate;
    private final Function<String, Optional<String>> jobTemplates;
    /** FreeMarker and the built-in template, made on first use: most servers send no mail in their first second. */
    private volatile Engine engine;

    private record Engine(Configuration freemarker, Template builtIn) {
    }

    public MailTemplateRenderer(Path dataDir, Function<String, Optional<String>> jobTemplates) {
        this.serverTemplate = dataDir.resolve("templates").resolve("mail.ftlh");
        this.jobTemplates = jobTemplates;
    }

    private Engine engine() {
        Engine made = engine;
        if (made == null) {
            synchronized (this) {
                made = engine;
                if (made == null) {
                    made = makeEngine();
                    engine = made;
                }
            }
        }
        return made;
    }

    private static Engine makeEngine() {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        // Job templates come through the API: no ?new (which could run freemarker.template.utility.Execute),
        // no ?api, so a template can only format the model it is given.
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        try (InputStream in = MailTemplateRenderer.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the class path");
            }
            return new Engine(freemarker, compile(freemarker, "built-in mail.ftlh",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN, e);
        }
    }

    /** The {@link MailTemplates} of one job. */
    public MailTemplates forJob(String job) {
        return summary -> render(template(job), summary);
    }

    /** Compiles {@code text}; a syntax error is an {@link IllegalArgumentException} with line and column. */
    public Template compile(String name, String text) {
        return compile(engine().freemarker(), name, text);
    }

    private static Template compile(Configuration freemarker, String name, String text) {
        try {
            return new Template(name, text, freemarker);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage().lines().findFirst().orElse("invalid template"));
        }
    }

    private Template template(String job) {
        Optional<String> own = jobTemplates.apply(job);
        if (own.isPresent()) {
            return compile("mail template of job '" + job + "'", own.get());
        }
        if (Files.isRegularFile(serverTemplate)) {
            try {
                return compile(serverTemplate.toString(), Files.readString(serverTemplate, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + serverTemplate, e);
            }
        }
        return engine().builtIn();
    }

    /** Renders {@code template}; an error is an {@link IllegalStateException} naming the template and place. */
    String render(Template template, BuildSummary summary) {
        StringWriter out = new StringWriter();
        try {
            template.process(Map.of("build", model(summary)), out);
        } catch (TemplateException e) {
            String blamed = e.getBlamedExpressionString();
            throw new IllegalStateException(template.getName() + ": " + e.getMessageWithoutStackTop()
                    .lines().findFirst().orElse("template error") + (blamed == null ? "" : " " + blamed)
                    + " (line " + e.getLineNumber() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Map<String, Object> model(BuildSummary s) {
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("job", s.job());
        build.put("number", s.number());
        build.put("status", s.status());
        build.put("cause", s.cause());
        build.put("subject", s.defaultSubject());
        Map<String, String> parameters = new LinkedHashMap<>();
        s.parameters().forEach((k, v) -> parameters.put(k, v == null ? "" : String.valueOf(v)));
        build.put("parameters", parameters);
        build.put("changes", s.changes().stream().map(MailTemplateRenderer::change).toList());
        build.put("culprits", s.culprits().stream().map(MailTemplateRenderer::person).toList());
        build.put("logTail", s.logTail());
        if (s.failedStage() != null) {
            build.put("failedStage", s.failedStage());
        }
        if (s.url() != null) {
            build.put("url", s.url());
        }
        return build;
    }

    private static Map<String, Object> change(ScmChange c) {
        return Map.of("commit", c.commit(), "shortCommit", c.shortCommit(), "message", c.message(),
                "author", c.author() == null ? "" : c.author(), "committer", c.committer().name(),
                "email", c.committer().hasEmail() ? c.committer().email() : "");
    }

    private static Map<String, Object> person(Person p) {
        return Map.of("name", p.name(), "email", p.hasEmail() ? p.email() : "");
    }
}
