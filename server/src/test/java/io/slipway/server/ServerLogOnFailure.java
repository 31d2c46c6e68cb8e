package io.slipway.server;

import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Adds the last lines the open {@link TestServer}s logged to a failing test (or a failing {@code @BeforeEach} or
 * {@code @AfterEach}) as a suppressed exception, whoever started the servers: CI's failure report then shows what
 * the server did. Registered for every test of this module through JUnit's extension auto-detection
 * ({@code junit-platform.properties}), and by {@link SlipwayTest}. Adds one note per failure, however often it runs.
 */
public final class ServerLogOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw attach(failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw attach(failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw attach(failure);
    }

    /** {@code failure}, with the open servers' log lines added unless they already are. */
    static Throwable attach(Throwable failure) {
        boolean attached = Arrays.stream(failure.getSuppressed()).anyMatch(ServerLogTail.LogLines.class::isInstance);
        if (!attached) {
            TestServer.openServersLogNote().ifPresent(failure::addSuppressed);
        }
        return failure;
    }
}
