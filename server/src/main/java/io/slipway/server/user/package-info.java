/**
 * Local users, roles and sessions: bcrypt password hashes, the first admin, server-side sessions
 * with their cookie and CSRF token, login throttling, and the role checks the API and the pages
 * share ({@link io.slipway.server.user.ReleasePolicy}, {@link io.slipway.server.user.ApiAccess}).
 * Passwords, session ids and tokens never leave this package except as hashes, and never appear
 * in logs or responses.
 */
package io.slipway.server.user;
