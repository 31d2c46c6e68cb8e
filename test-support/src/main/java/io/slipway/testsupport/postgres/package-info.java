/**
 * A fresh schema on the real PostgreSQL that {@code .ci/services.sh} starts, one per test, for the tests
 * of every module that runs against PostgreSQL. Test scopes only.
 */
package io.slipway.testsupport.postgres;
