/**
 * {@link io.slipway.testsupport.consul.FakeConsul}: a fake of Consul's HTTP API for tests (Consul
 * itself cannot run on the build machines). It covers what Slipway uses: service registration, the
 * catalog's service list, health queries with blocking semantics, and the leader status.
 */
package io.slipway.testsupport.consul;
