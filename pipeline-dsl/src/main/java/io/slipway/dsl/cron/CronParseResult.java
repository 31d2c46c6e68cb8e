package io.slipway.dsl.cron;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link JenkinsCron#parse} found. A schedule is present exactly when there are no errors;
 * warnings never prevent a schedule. Problems are in line order.
 *
 * @param schedule the parsed schedule, empty when {@code errors} is not empty
 * @param errors   problems that make the spec invalid (Jenkins would reject it)
 * @param warnings suspicious but valid constructs (Jenkins' sanity checks)
 */
public record CronParseResult(Optional<CronSchedule> schedule, List<CronProblem> errors, List<CronProblem> warnings) {

    public CronParseResult {
        Objects.requireNonNull(schedule, "schedule");
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (schedule.isPresent() != errors.isEmpty()) {
            throw new IllegalArgumentException("a schedule is present exactly when there are no errors");
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
