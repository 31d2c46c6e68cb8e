/**
 * Test reports: the {@code junit} step, which reads JUnit XML files (the surefire, pytest and jest-junit
 * shapes) with the JDK's StAX parser, external entities and DTDs off, into {@link TestReport}s and hands
 * them to the build's {@link TestResultRecorder}. Nothing here stores reports; the engine does.
 */
package io.slipway.agent.tests;
