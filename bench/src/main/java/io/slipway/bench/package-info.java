/**
 * JMH benchmarks of Slipway and the generators of their input. They run only through the scripts in
 * {@code bench/} (never during {@code mvn verify}); their figures are recorded in {@code bench/README.md}.
 */
package io.slipway.bench;
