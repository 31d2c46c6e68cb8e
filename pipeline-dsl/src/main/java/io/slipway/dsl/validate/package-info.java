/**
 * The validator: what a declarative pipeline means. It checks the nodes the readers produced against
 * Jenkins' rules (required sections, stage bodies, unique stage names, known steps, conditions, options,
 * parameters, cron specs, matrix axes, post conditions) and reports every problem with its place. It never
 * changes the tree; a pipeline without errors here can always be turned into the model.
 */
package io.slipway.dsl.validate;
