package io.slipway.dsl.model;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code when} conditions of Jenkins' declarative syntax, one record each. */
public sealed interface Condition permits Condition.Branch, Condition.BuildingTag, Condition.Tag,
        Condition.ChangeRequest, Condition.Changeset, Condition.Changelog, Condition.EnvironmentEquals,
        Condition.Equals, Condition.Expression, Condition.TriggeredBy, Condition.IsRestartedRun, Condition.Not,
        Condition.AllOf, Condition.AnyOf {

    SourcePos pos();

    /** {@code branch 'release-*'} or {@code branch pattern: 'r-\\d+', comparator: 'REGEXP'}. */
    record Branch(String pattern, Comparator comparator, SourcePos pos) implements Condition {}

    /** {@code buildingTag()}: the build is for any tag. */
    record BuildingTag(SourcePos pos) implements Condition {}

    /** {@code tag 'v*'}; without a pattern, any tag. */
    record Tag(Optional<String> pattern, Comparator comparator, SourcePos pos) implements Condition {}

    /** {@code changeRequest target: 'main'}: the build is for a pull request matching every given field. */
    record ChangeRequest(Map<String, String> fields, Comparator comparator, SourcePos pos) implements Condition {

        public ChangeRequest {
            fields = Map.copyOf(fields);
        }
    }

    /** {@code changeset '**}{@code /*.js'}: some changed file matches. */
    record Changeset(String pattern, Comparator comparator, boolean caseSensitive, SourcePos pos)
            implements Condition {}

    /** {@code changelog '.*\\[skip ci\\].*'}: some commit message matches the regular expression. */
    record Changelog(String regex, SourcePos pos) implements Condition {}

    /** {@code environment name: 'DEPLOY_TO', value: 'prod'}. */
    record EnvironmentEquals(String name, String value, boolean ignoreCase, SourcePos pos) implements Condition {}

    /** {@code equals expected: 2, actual: currentBuild.number}. */
    record Equals(Expr expected, Expr actual, SourcePos pos) implements Condition {}

    /** {@code expression { return params.DEPLOY }}: Groovy evaluated to a truth value. */
    record Expression(List<Stmt> body, SourcePos pos) implements Condition {

        public Expression {
            body = List.copyOf(body);
        }
    }

    /** {@code triggeredBy 'TimerTrigger'} or {@code triggeredBy cause: 'UserIdCause', detail: 'alice'}. */
    record TriggeredBy(String cause, Optional<String> detail, SourcePos pos) implements Condition {}

    /** {@code isRestartedRun()}. */
    record IsRestartedRun(SourcePos pos) implements Condition {}

    /** {@code not { condition }}. */
    record Not(Condition condition, SourcePos pos) implements Condition {}

    /** {@code allOf { ... }}. */
    record AllOf(List<Condition> conditions, SourcePos pos) implements Condition {

        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** {@code anyOf { ... }}. */
    record AnyOf(List<Condition> conditions, SourcePos pos) implements Condition {

        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }
}
