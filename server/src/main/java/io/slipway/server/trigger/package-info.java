/**
 * Small types every trigger shares: {@link io.slipway.server.trigger.PushEvent} and the
 * {@link io.slipway.server.trigger.PushEvents} publish/subscribe point, the repository address
 * normaliser {@link io.slipway.server.trigger.RepositoryUrls}, and branch filters. The triggers
 * themselves live in sub-packages ({@code webhook}, {@code token}, {@code schedule}, {@code poll},
 * {@code upstream}); nothing here speaks HTTP or Git.
 */
package io.slipway.server.trigger;
