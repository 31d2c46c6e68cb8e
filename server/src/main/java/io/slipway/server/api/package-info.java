/**
 * The REST API: one {@code Routes} class listing every path, thin handlers that read input, call one
 * service and render the result, and the one exception mapper. No SQL, Git or process handling here.
 */
package io.slipway.server.api;
