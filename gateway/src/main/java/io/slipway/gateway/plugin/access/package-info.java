/**
 * Kong's access-control plugins that decide on who is asking rather than how they authenticate:
 * acl (consumer groups) and ip-restriction (CIDR tables compiled per configuration).
 */
package io.slipway.gateway.plugin.access;
