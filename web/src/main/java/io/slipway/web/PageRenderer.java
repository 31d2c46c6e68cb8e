package io.slipway.web;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the UI's FreeMarker templates ({@code templates/*.ftlh} on the classpath). The {@code .ftlh}
 * extension turns on HTML auto-escaping, so every {@code ${...}} is escaped unless a template says
 * otherwise (none does). A template error is an exception, never half a page. Thread-safe: one
 * instance serves every request.
 */
public final class PageRenderer {

    /** Where the static assets (CSS, JavaScript) are on the classpath; the server serves them at {@code /static}. */
    public static final String STATIC_ROOT = "/io/slipway/web/static";

    private final Configuration config;

    public PageRenderer() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassForTemplateLoading(PageRenderer.class, "/io/slipway/web/templates");
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setURLEscapingCharset("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
    }

    /** Renders {@code name} (e.g. {@code "dashboard.ftlh"}) with the given model. */
    public String render(String name, Map<String, ?> model) {
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + " cannot be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }
}
