/**
 * The lexer and recursive-descent parser that read a Jenkinsfile as (a subset of) Groovy into the
 * generic syntax tree of {@link io.slipway.dsl.ast}. The entry point is
 * {@link io.slipway.dsl.parse.GroovyParser#parse}; everything else here is package-private.
 * Nothing in this package knows declarative pipeline semantics: that is the job of the declarative
 * readers and the validator, which walk the tree this package builds.
 */
package io.slipway.dsl.parse;
