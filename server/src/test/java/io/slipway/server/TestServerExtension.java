package io.slipway.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts a {@link TestServer} for a test that asks for one as a parameter, closes it after the test (or after the
 * class, see {@link SlipwayTest#serverPerClass()}) and deletes its temp data folder; when a test or one of its
 * {@code @BeforeEach}/{@code @AfterEach} methods fails, adds the server's last log lines to the failure as a
 * suppressed exception.
 *
 * <p>The server starts when first asked for, so a {@code @BeforeEach} method without a server parameter runs before
 * it starts (and may prepare what the options function reads, such as a fake service's URL). Used through
 * {@link SlipwayTest}, or registered as a {@code @RegisterExtension} field for other options.
 */
public final class TestServerExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestServerExtension.class);
    private static final String KEY = "server";

    private final Function<Path, SlipwayServer.Options> options;
    private final Boolean perClass;

    /** Used by {@link SlipwayTest}: plain test settings; one server per test unless the annotation says so. */
    public TestServerExtension() {
        this(TestServer::options, null);
    }

    private TestServerExtension(Function<Path, SlipwayServer.Options> options, Boolean perClass) {
        this.options = options;
        this.perClass = perClass;
    }

    /**
     * A server per test started with the options {@code options} makes of its fresh data folder, for example
     * {@code data -> TestServer.options(data).withRelease(release)}.
     */
    public static TestServerExtension withOptions(Function<Path, SlipwayServer.Options> options) {
        return new TestServerExtension(options, false);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return scope(context).getStore(NAMESPACE)
                .computeIfAbsent(KEY, key -> Started.start(options), Started.class).server();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass(context)) {
            close(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw ServerLogOnFailure.attach(failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw ServerLogOnFailure.attach(failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw ServerLogOnFailure.attach(failure);
    }

    private void close(ExtensionContext context) {
        Started started = context.getStore(NAMESPACE).remove(KEY, Started.class);
        if (started != null) {
            started.close();
        }
    }

    /** The method's context, or the class's when one server serves the class. */
    private ExtensionContext scope(ExtensionContext context) {
        if (!perClass(context)) {
            return context;
        }
        ExtensionContext scope = context;
        while (scope.getTestMethod().isPresent() && scope.getParent().isPresent()) {
            scope = scope.getParent().get();
        }
        return scope;
    }

    private boolean perClass(ExtensionContext context) {
        if (perClass != null) {
            return perClass;
        }
        return context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, SlipwayTest.class))
                .map(SlipwayTest::serverPerClass)
                .orElse(false);
    }

    /** A started server and its temp data folder, deleted when the server is closed. */
    private record Started(TestServer server, Path data) {

        static Started start(Function<Path, SlipwayServer.Options> options) {
            Path data;
            try {
                data = Files.createTempDirectory("slipway-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return new Started(TestServer.start(options.apply(data.resolve("data"))), data);
            } catch (RuntimeException | Error e) {
                delete(data);
                throw e;
            }
        }

        void close() {
            try {
                server.close();
            } finally {
                delete(data);
            }
        }

        private static void delete(Path folder) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("deleting " + folder, e);
            }
        }
    }
}
