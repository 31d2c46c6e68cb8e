/**
 * Credentials: secret text, username/password, secret files and SSH keys, sealed with AES-GCM under
 * the master key. Secrets leave this package in clear only towards a running build; never towards
 * the API or a log.
 */
package io.slipway.server.credential;
