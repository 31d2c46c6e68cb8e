/**
 * The web UI's presentation: FreeMarker templates (auto-escaped {@code .ftlh}) under
 * {@code io/slipway/web/templates}, our own small CSS and JavaScript under {@code io/slipway/web/static},
 * and {@link io.slipway.web.PageRenderer}. Nothing here knows the server's classes: page controllers
 * in the server hand templates plain view models (maps, records and strings).
 */
package io.slipway.web;
