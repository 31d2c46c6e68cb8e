/** Network doubles for tests: a TCP relay that a test cuts and restores to simulate a network failure. */
package io.slipway.testsupport.net;
