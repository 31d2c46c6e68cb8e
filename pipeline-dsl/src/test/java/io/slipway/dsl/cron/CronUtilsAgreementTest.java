package io.slipway.dsl.cron;

import static io.slipway.dsl.cron.CronTestSupport.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks {@link CronSchedule} against cron-utils, which the architecture names for fire times:
 * each expanded line becomes a cron-utils expression of explicit value lists in a definition with
 * Jenkins' field ranges and day-of-month AND day-of-week matching. In a zone without daylight saving
 * both must agree; the one place they part is documented on {@link CronSchedule}.
 */
class CronUtilsAgreementTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final CronParser CRON_UTILS = new CronParser(jenkinsLikeDefinition());

    private static CronDefinition jenkinsLikeDefinition() {
        return CronDefinitionBuilder.defineCron()
                .withMinutes().withValidRange(0, 59).and()
                .withHours().withValidRange(0, 23).and()
                .withDayOfMonth().withValidRange(1, 31).and()
                .withMonth().withValidRange(1, 12).and()
                .withDayOfWeek().withValidRange(0, 7).withMondayDoWValue(1).withIntMapping(7, 0).and()
                .matchDayOfWeekAndDayOfMonth()
                .instance();
    }

    @Test
    void randomSchedulesFireWhenCronUtilsSaysTheyFire() {
        Random random = new Random(20260321);
        for (int i = 0; i < 300; i++) {
            String spec = randomSpec(random);
            CronLine line = schedule(spec, Optional.of("job-" + i)).lines().get(0);
            ExecutionTime cronUtils = ExecutionTime.forCron(CRON_UTILS.parse(explicit(line)));
            ZonedDateTime from = ZonedDateTime.of(2024 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), 0, 0, UTC);
            CronSchedule ours = new CronSchedule(List.of(line), null);

            // cron-utils is exclusive of its start, ours inclusive
            assertThat(ours.next(from, UTC)).as("next of %s from %s", spec, from)
                    .isEqualTo(cronUtils.nextExecution(from.minusMinutes(1)));
            assertThat(ours.previous(from, UTC)).as("previous of %s from %s", spec, from)
                    .isEqualTo(cronUtils.lastExecution(from.plusMinutes(1)));
        }
    }

    private static String randomSpec(Random random) {
        String[] minute = {"*", "H", "H/15", "*/7", "5,17,43", "10-20/3", "H(0-29)"};
        String[] hour = {"*", "H", "9-17", "*/5", "H(6-9)", "0,12"};
        String[] day = {"*", "*", "H", "1", "13", "29-31", "1-7", "15-20/2"};
        String[] month = {"*", "*", "2", "1-6", "H", "*/4"};
        String[] weekday = {"*", "*", "5", "0", "7", "1-5", "6-7", "H"};
        return String.join(" ", pick(random, minute), pick(random, hour), pick(random, day), pick(random, month),
                pick(random, weekday));
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String explicit(CronLine line) {
        return String.join(" ", list(line.minutes(), 0, 59), list(line.hours(), 0, 23), list(line.daysOfMonth(), 1, 31),
                list(line.months(), 1, 12), list(line.daysOfWeek(), 0, 6));
    }

    private static String list(long bits, int min, int max) {
        List<String> values = new ArrayList<>();
        IntStream.rangeClosed(min, max).filter(v -> (bits & (1L << v)) != 0).forEach(v -> values.add(String.valueOf(v)));
        return String.join(",", values);
    }
}
