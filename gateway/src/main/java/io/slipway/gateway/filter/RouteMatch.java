package io.slipway.gateway.filter;

/**
 * The route and service a request matched. Ids are the entities' UUIDs as text; names may be null,
 * as in Kong. {@code serviceId} is null for a route without a service (it can only be answered by a filter).
 */
public record RouteMatch(String routeId, String routeName, String serviceId, String serviceName) {}
