/**
 * The web UI's page controllers: each page reads services and hands a template of {@code web}
 * plain view models; forms post back here with the session's CSRF token. Pages never run SQL,
 * Git or Docker themselves, and never show a secret (credentials are write-only, password
 * parameters masked, a new API token shown once).
 */
package io.slipway.server.ui;
