package io.slipway.server;

import java.util.List;

/**
 * Runs the slowest class initialisers of the HTTP stack ahead of time, on the start-up thread that is otherwise
 * waiting for the database (see {@link SlipwayServer#start}): Jetty's {@code MimeTypes} reads its property
 * files and fills its tables, {@code MemoryUtils} and {@code BlockingArrayQueue} probe the platform. JFR put them
 * at a tenth of the main thread's start; they need nothing from the server, and a class is initialised once, so
 * the HTTP wiring later finds them ready (or waits for the initialiser already running) instead of running them
 * itself.
 */
final class StartupWarmUp {

    private static final List<Class<?>> SLOW_INITIALISERS = List.of(
            org.eclipse.jetty.http.MimeTypes.class,
            org.eclipse.jetty.util.MemoryUtils.class,
            org.eclipse.jetty.util.BlockingArrayQueue.class,
            org.eclipse.jetty.server.Server.class);

    private StartupWarmUp() {
    }

    /** Initialises the classes above; an initialiser that fails here fails again, with its cause, where it is used. */
    static void initialiseHttpClasses() {
        for (Class<?> type : SLOW_INITIALISERS) {
            try {
                Class.forName(type.getName(), true, type.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return;
            }
        }
    }
}
