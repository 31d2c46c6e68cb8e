package io.slipway.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The last lines the server logged (whatever reached logback's root logger while it was attached), kept in
 * memory so that a failing test can show them: CI shows a failure's stack trace, not the test's redirected output.
 * Events are formatted as they arrive (at INFO, a few lines a build), so a line reads as it did when logged.
 * Thread-safe: logback calls {@link #append} from any thread.
 */
final class ServerLogTail extends AppenderBase<ILoggingEvent> {

    static final int LINES = 80;
    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n%ex{6}";

    private final ArrayDeque<String> lines = new ArrayDeque<>(LINES);
    private final PatternLayout layout = new PatternLayout();

    private ServerLogTail() {
    }

    /** A tail attached to the root logger from now on; {@link #detach()} it when the server is closed. */
    static ServerLogTail attach() {
        ServerLogTail tail = new ServerLogTail();
        Logger root = rootLogger();
        tail.setContext(root.getLoggerContext());
        tail.setName("test-server-tail-" + System.identityHashCode(tail));
        tail.layout.setContext(root.getLoggerContext());
        tail.layout.setPattern(PATTERN);
        tail.layout.start();
        tail.start();
        root.addAppender(tail);
        return tail;
    }

    void detach() {
        rootLogger().detachAppender(this);
        stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        String text = layout.doLayout(event);
        synchronized (lines) {
            if (lines.size() == LINES) {
                lines.removeFirst();
            }
            lines.addLast(text);
        }
    }

    /** The kept lines, oldest first. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** An exception to add as suppressed to a failure: its message is the kept lines, it has no stack trace. */
    Throwable asFailureNote(String title) {
        List<String> kept = lines();
        StringBuilder text = new StringBuilder(title).append(" (last ").append(kept.size()).append(" lines):\n");
        kept.forEach(text::append);
        return new LogLines(text.toString());
    }

    private static Logger rootLogger() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        return context.getLogger(Logger.ROOT_LOGGER_NAME);
    }

    /** Shown by surefire and IDEs as "Suppressed: ...ServerLogTail$LogLines: server log ...". */
    static final class LogLines extends RuntimeException {
        LogLines(String message) {
            super(message, null, false, false);
        }
    }
}
