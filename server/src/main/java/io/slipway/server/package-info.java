/**
 * The Slipway server: its entry point and, in sub-packages, the REST API, triggers, queue, store,
 * notifications and authentication. Other modules never depend on this one.
 */
package io.slipway.server;
