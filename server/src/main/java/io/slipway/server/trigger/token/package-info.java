/** Jenkins-compatible trigger URLs: {@code /job/{name}/build?token=T} and {@code buildWithParameters}. */
package io.slipway.server.trigger.token;
