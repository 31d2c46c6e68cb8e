package io.slipway.agent.tests;

import io.slipway.agent.step.StepFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one JUnit XML file with the JDK's StAX parser into its test suites. The root is a
 * {@code <testsuite>} (surefire) or a {@code <testsuites>} around suites (pytest, jest-junit); suites
 * may nest and each becomes a suite of its own. A case fails on {@code <failure>}, errs on
 * {@code <error>} and is skipped on {@code <skipped>}; a message missing from the attribute is taken
 * from the element's first line of text (jest-junit writes it there). Counts come from the cases, never
 * from the suites' attributes, which tools write inconsistently. DTDs and external entities are off, so
 * a report cannot make the server read files or reach the network (XXE). Stateless and thread-safe.
 */
public final class JunitXml {

    private static final int MESSAGE_LIMIT = 1_000;
    private static final int DETAILS_LIMIT = 4_000;

    private JunitXml() {
    }

    /** Parses {@code file}; {@code name} is how messages and suites refer to it (relative to the workspace). */
    public static List<TestSuiteResult> parse(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return new Reading(xml, name).document();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber();
            throw new StepFailure("junit: " + name + where + " is not well-formed XML: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new StepFailure("junit: cannot read " + name + ": " + e.getMessage());
        }
    }

    private static XMLInputFactory factory() {
        // newDefaultFactory: the JDK's own parser, whatever other StAX implementation is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** One pass over one document. */
    private static final class Reading {

        private final XMLStreamReader xml;
        private final String file;
        private final List<TestSuiteResult> suites = new ArrayList<>();
        private final Deque<SuiteBuilder> open = new ArrayDeque<>();

        Reading(XMLStreamReader xml, String file) {
            this.xml = xml;
            this.file = file;
        }

        List<TestSuiteResult> document() throws XMLStreamException {
            xml.nextTag();
            String root = xml.getLocalName();
            if (!root.equals("testsuite") && !root.equals("testsuites")) {
                throw new StepFailure("junit: " + file + " is not a JUnit report (its root element is <" + root
                        + ">, expected <testsuite> or <testsuites>)");
            }
            element();
            return suites;
        }

        /** Reads the element the reader is on, up to and including its end tag. */
        private void element() throws XMLStreamException {
            String name = xml.getLocalName();
            if (name.equals("testsuite")) {
                open.push(new SuiteBuilder(attr("name", baseName(file)), seconds(attr("time", ""))));
                children();
                SuiteBuilder suite = open.pop();
                suites.add(new TestSuiteResult(suite.name, file, suite.millis, suite.cases));
            } else if (name.equals("testcase")) {
                testCase();
            } else if (name.equals("testsuites")) {
                children();
            } else {
                skip();
            }
        }

        private void children() throws XMLStreamException {
            while (xml.next() != XMLStreamConstants.END_ELEMENT) {
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    element();
                }
            }
        }

        private void testCase() throws XMLStreamException {
            SuiteBuilder suite = open.isEmpty() ? null : open.peek();
            String suiteName = suite == null ? baseName(file) : suite.name;
            String className = attr("classname", attr("class", suiteName));
            String caseName = attr("name", "(unnamed)");
            long millis = seconds(attr("time", ""));
            TestCaseResult.Status status = TestCaseResult.Status.PASSED;
            String message = null;
            String details = null;
            while (xml.next() != XMLStreamConstants.END_ELEMENT) {
                if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                TestCaseResult.Status outcome = switch (xml.getLocalName()) {
                    case "failure" -> TestCaseResult.Status.FAILED;
                    case "error" -> TestCaseResult.Status.ERROR;
                    case "skipped" -> TestCaseResult.Status.SKIPPED;
                    default -> null;
                };
                if (outcome == null || status != TestCaseResult.Status.PASSED) {
                    skip();
                    continue;
                }
                status = outcome;
                String attribute = xml.getAttributeValue(null, "message");
                String text = text().strip();
                message = cut(attribute != null && !attribute.isBlank() ? attribute : firstLine(text), MESSAGE_LIMIT);
                details = text.isEmpty() ? null : cut(text, DETAILS_LIMIT);
                if (message != null && message.isBlank()) {
                    message = null;
                }
            }
            TestCaseResult result = new TestCaseResult(className, caseName, status, message, details, millis);
            if (suite == null) {
                suites.add(new TestSuiteResult(suiteName, file, millis, List.of(result)));
            } else {
                suite.cases.add(result);
            }
        }

        /** The text inside the current element (nested elements' text included), up to its end tag. */
        private String text() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && text.length() <= DETAILS_LIMIT) {
                    text.append(xml.getText());
                }
            }
            return text.toString();
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private String attr(String name, String fallback) {
            String value = xml.getAttributeValue(null, name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** A suite being read. */
    private static final class SuiteBuilder {
        final String name;
        final long millis;
        final List<TestCaseResult> cases = new ArrayList<>();

        SuiteBuilder(String name, long millis) {
            this.name = name;
            this.millis = millis;
        }
    }

    /** {@code "1.25"} seconds as milliseconds; surefire may write {@code "1,234.5"}; unreadable is 0. */
    static long seconds(String text) {
        try {
            return Math.round(Double.parseDouble(text.replace(",", "").trim()) * 1000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String baseName(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        return base.endsWith(".xml") ? base.substring(0, base.length() - 4) : base;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit) + "...";
    }
}
