package io.slipway.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose tests talk to a real server: a test method (or a {@code @BeforeEach} method) that takes a
 * {@link TestServer} parameter gets one, started on 127.0.0.1 port 0 with a fresh temp data folder and the
 * {@link TestServer#TOKEN admin token}, and closed (its folder deleted) after the test. When a test fails, the
 * server's last log lines are attached to the failure. A server that needs more than the plain settings is
 * registered as a field instead: {@code @RegisterExtension final TestServerExtension servers =
 * TestServerExtension.withOptions(data -> ...)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestServerExtension.class)
public @interface SlipwayTest {

    /**
     * One server for all tests of the class, closed after the last one, instead of one per test. Only for tests
     * that cannot see each other: distinct job names, no assertion on server-wide lists or counts.
     */
    boolean serverPerClass() default false;
}
