/**
 * Kong's request-transformer and response-transformer: header, query-string, uri and method
 * rewrites compiled once per configuration, and JSON body rewrites of responses. Request bodies are
 * never read here (they stream), so request body operations are refused at validation.
 */
package io.slipway.gateway.plugin.transform;
