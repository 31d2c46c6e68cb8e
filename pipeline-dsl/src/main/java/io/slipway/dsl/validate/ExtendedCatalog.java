package io.slipway.dsl.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A catalog plus the functions a Jenkinsfile defines itself, which its steps may call like steps. */
final class ExtendedCatalog implements StepCatalog {

    private final StepCatalog base;
    private final Set<String> names;

    ExtendedCatalog(StepCatalog base, List<String> functions) {
        this.base = base;
        Set<String> all = new HashSet<>(base.names());
        all.addAll(functions);
        this.names = Set.copyOf(all);
    }

    @Override
    public boolean isKnown(String step) {
        return names.contains(step) || base.isKnown(step);
    }

    @Override
    public Set<String> names() {
        return names;
    }
}
