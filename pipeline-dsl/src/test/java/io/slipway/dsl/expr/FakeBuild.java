package io.slipway.dsl.expr;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link CurrentBuildView} held in fields, standing in for the engine's build record. */
final class FakeBuild implements CurrentBuildView {

    private final int number;
    private final FakeBuild previous;
    String result;
    String description;
    String displayName;
    List<Map<String, Object>> causes = List.of();
    boolean rollback;

    FakeBuild(int number, String result, FakeBuild previous) {
        this.number = number;
        this.result = result;
        this.previous = previous;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String result() {
        return result;
    }

    @Override
    public void setResult(String result) {
        this.result = result;
    }

    @Override
    public String displayName() {
        return displayName == null ? "#" + number : displayName;
    }

    @Override
    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public Optional<CurrentBuildView> previousBuild() {
        return Optional.ofNullable(previous);
    }

    @Override
    public boolean rollback() {
        return rollback;
    }

    @Override
    public List<Map<String, Object>> buildCauses() {
        return causes;
    }
}
