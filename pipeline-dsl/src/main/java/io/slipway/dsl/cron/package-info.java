/**
 * Jenkins cron schedules as {@code hudson.scheduler.CronTab}/{@code CronTabList} read them: five fields,
 * lists, ranges, steps, {@code H} hashed from the job's full name, aliases such as {@code @daily},
 * several lines, comments and a leading {@code TZ=} line. {@link io.slipway.dsl.cron.JenkinsCron#parse}
 * is the one entry point; it returns a {@link io.slipway.dsl.cron.CronSchedule} that computes next and
 * previous fire times, or problems with their line and column. Nothing here schedules or runs anything,
 * and nothing here knows about Jenkinsfiles: callers map a problem's line and column into their file.
 */
package io.slipway.dsl.cron;
