package io.slipway.dsl.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The standard catalog: the steps of Jenkins core, the Pipeline plugin suite and widely used plugins, the
 * credential binding helpers, and Slipway's release steps, listed in {@code jenkins-steps.txt} next to this
 * class.
 */
public final class JenkinsStepCatalog implements StepCatalog {

    private static final JenkinsStepCatalog INSTANCE = new JenkinsStepCatalog(load());

    private final Set<String> names;

    private JenkinsStepCatalog(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    public static JenkinsStepCatalog standard() {
        return INSTANCE;
    }

    @Override
    public boolean isKnown(String step) {
        return names.contains(step);
    }

    @Override
    public Set<String> names() {
        return names;
    }

    private static Set<String> load() {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = JenkinsStepCatalog.class.getResourceAsStream("jenkins-steps.txt")) {
            if (in == null) {
                throw new IllegalStateException("jenkins-steps.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the step catalog jenkins-steps.txt", e);
        }
        return names;
    }
}
