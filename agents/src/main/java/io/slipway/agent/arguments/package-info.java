/**
 * Reading and checking the arguments of release steps ({@link io.slipway.agent.arguments.ReleaseArguments}): every
 * message names the step, the argument and the call's place. Depends on nothing but the step contract.
 */
package io.slipway.agent.arguments;
