/**
 * Kong's declarative configuration format: {@link io.slipway.gateway.store.declarative.DeclarativeReader}
 * turns a YAML or JSON file (nested or flat) into validated, consistent entities or a
 * {@link io.slipway.gateway.store.declarative.DeclarativeError} naming every problem in place;
 * {@link io.slipway.gateway.store.declarative.DeclarativeWriter} exports a configuration in the same
 * format. No I/O besides parsing text.
 */
package io.slipway.gateway.store.declarative;
