/**
 * Timed triggers: {@code cron} and the schedule of {@code pollSCM}, and the periodic scan of multibranch
 * projects. Fire times come from our Jenkins cron ({@code io.slipway.dsl.cron}); Quartz's JDBC job store
 * in the server's database holds one one-shot trigger per job and kind, armed at the next fire time and
 * re-armed after each fire, so a schedule survives restarts and a misfire after downtime fires once.
 * Also where a job's triggers are gathered from its settings and its last-read Jenkinsfile
 * ({@link io.slipway.server.trigger.schedule.JobTriggers}). No HTTP here, and no Git: polling is
 * {@code trigger.poll}'s.
 */
package io.slipway.server.trigger.schedule;
