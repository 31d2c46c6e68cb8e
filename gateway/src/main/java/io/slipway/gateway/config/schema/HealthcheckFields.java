package io.slipway.gateway.config.schema;

import static io.slipway.gateway.config.schema.Field.optional;
import static io.slipway.gateway.config.schema.Field.withDefault;

import io.slipway.gateway.config.Healthchecks;
import java.util.List;

/** The {@code healthchecks} record of upstreams, with Kong 3.x's defaults. */
final class HealthcheckFields {

    private static final FieldType.OneOf TYPES = new FieldType.OneOf(List.of("tcp", "http", "https", "grpc", "grpcs"));
    private static final FieldType STATUSES = new FieldType.Array(new FieldType.Int(100, 999));
    private static final FieldType COUNTER = new FieldType.Int(0, 255);
    private static final FieldType SECONDS = new FieldType.Num(0, 65535);

    private HealthcheckFields() {}

    static Field healthchecks() {
        return Field.optional("healthchecks", new FieldType.Rec(List.of(
                optional("active", new FieldType.Rec(List.of(
                        withDefault("type", TYPES, "http"),
                        withDefault("timeout", SECONDS, 1),
                        withDefault("concurrency", new FieldType.Int(1, 2147483648L), 10),
                        withDefault("http_path", new FieldType.Text(Checks.SERVICE_PATH), "/"),
                        withDefault("https_verify_certificate", new FieldType.Bool(), true),
                        optional("https_sni", new FieldType.Text(Checks.HOST)),
                        optional("headers", new FieldType.Headers()),
                        optional("healthy", new FieldType.Rec(List.of(
                                withDefault("interval", SECONDS, 0),
                                withDefault("http_statuses", STATUSES, Healthchecks.ACTIVE_HEALTHY_STATUSES),
                                withDefault("successes", COUNTER, 0)))),
                        optional("unhealthy", new FieldType.Rec(List.of(
                                withDefault("interval", SECONDS, 0),
                                withDefault("http_statuses", STATUSES, Healthchecks.ACTIVE_UNHEALTHY_STATUSES),
                                withDefault("tcp_failures", COUNTER, 0),
                                withDefault("timeouts", COUNTER, 0),
                                withDefault("http_failures", COUNTER, 0))))))),
                optional("passive", new FieldType.Rec(List.of(
                        withDefault("type", TYPES, "http"),
                        optional("healthy", new FieldType.Rec(List.of(
                                withDefault("http_statuses", STATUSES, Healthchecks.PASSIVE_HEALTHY_STATUSES),
                                withDefault("successes", COUNTER, 0)))),
                        optional("unhealthy", new FieldType.Rec(List.of(
                                withDefault("http_statuses", STATUSES, Healthchecks.PASSIVE_UNHEALTHY_STATUSES),
                                withDefault("tcp_failures", COUNTER, 0),
                                withDefault("timeouts", COUNTER, 0),
                                withDefault("http_failures", COUNTER, 0))))))),
                withDefault("threshold", new FieldType.Num(0, 100), 0))));
    }
}
