package io.slipway.gateway.config;

import java.util.List;
import java.util.Map;

/**
 * An upstream's health checks, in Kong's shape and with Kong 3.x's defaults: active probes are off
 * while their intervals are 0, passive checks are off while their counters are 0.
 * {@code threshold} is the percentage of healthy weight below which the upstream counts as unhealthy.
 */
public record Healthchecks(Active active, Passive passive, double threshold) {

    public static final List<Integer> ACTIVE_HEALTHY_STATUSES = List.of(200, 302);
    public static final List<Integer> ACTIVE_UNHEALTHY_STATUSES = List.of(429, 404, 500, 501, 502, 503, 504, 505);
    public static final List<Integer> PASSIVE_HEALTHY_STATUSES =
            List.of(200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308);
    public static final List<Integer> PASSIVE_UNHEALTHY_STATUSES = List.of(429, 500, 503);

    public Healthchecks {
        active = active == null ? Active.defaults() : active;
        passive = passive == null ? Passive.defaults() : passive;
    }

    public static Healthchecks defaults() {
        return new Healthchecks(Active.defaults(), Passive.defaults(), 0);
    }

    /** Probes sent by the gateway: {@code type} http, https, tcp, grpc or grpcs; timeout in seconds. */
    public record Active(String type, double timeout, int concurrency, String httpPath,
                         boolean httpsVerifyCertificate, String httpsSni, Map<String, List<String>> headers,
                         ActiveHealthy healthy, ActiveUnhealthy unhealthy) {
        public Active {
            headers = Lists.copyHeaders(headers);
            healthy = healthy == null ? new ActiveHealthy(0, ACTIVE_HEALTHY_STATUSES, 0) : healthy;
            unhealthy = unhealthy == null ? new ActiveUnhealthy(0, ACTIVE_UNHEALTHY_STATUSES, 0, 0, 0) : unhealthy;
        }

        public static Active defaults() {
            return new Active("http", 1, 10, "/", true, null, null, null, null);
        }

        /** Active checks run when either interval is above 0. */
        public boolean enabled() {
            return healthy.interval() > 0 || unhealthy.interval() > 0;
        }
    }

    /** Interval in seconds; {@code successes} probes in a row make an unhealthy target healthy. */
    public record ActiveHealthy(double interval, List<Integer> httpStatuses, int successes) {
        public ActiveHealthy {
            httpStatuses = Lists.copyOrEmpty(httpStatuses);
        }
    }

    public record ActiveUnhealthy(double interval, List<Integer> httpStatuses, int tcpFailures, int timeouts,
                                  int httpFailures) {
        public ActiveUnhealthy {
            httpStatuses = Lists.copyOrEmpty(httpStatuses);
        }
    }

    /** Checks drawn from proxied traffic. */
    public record Passive(String type, PassiveHealthy healthy, PassiveUnhealthy unhealthy) {
        public Passive {
            healthy = healthy == null ? new PassiveHealthy(PASSIVE_HEALTHY_STATUSES, 0) : healthy;
            unhealthy = unhealthy == null ? new PassiveUnhealthy(PASSIVE_UNHEALTHY_STATUSES, 0, 0, 0) : unhealthy;
        }

        public static Passive defaults() {
            return new Passive("http", null, null);
        }

        /** Passive checks run when any unhealthy counter is above 0. */
        public boolean enabled() {
            return unhealthy.httpFailures() > 0 || unhealthy.tcpFailures() > 0 || unhealthy.timeouts() > 0;
        }
    }

    public record PassiveHealthy(List<Integer> httpStatuses, int successes) {
        public PassiveHealthy {
            httpStatuses = Lists.copyOrEmpty(httpStatuses);
        }
    }

    public record PassiveUnhealthy(List<Integer> httpStatuses, int tcpFailures, int timeouts, int httpFailures) {
        public PassiveUnhealthy {
            httpStatuses = Lists.copyOrEmpty(httpStatuses);
        }
    }
}
