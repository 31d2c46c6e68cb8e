package io.slipway.gateway.route;

/**
 * The route a request matched, its payload, and how much of the path the matching rule covered
 * ({@code matchedLength}, the prefix or the regex match), which {@code strip_path} removes.
 */
public record RouteMatchResult<T>(RouteSpec route, T payload, int matchedLength) {}
