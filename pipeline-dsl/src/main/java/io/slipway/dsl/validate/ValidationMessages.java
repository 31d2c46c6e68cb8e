package io.slipway.dsl.validate;

/**
 * The texts of every validation diagnostic, in one place so that code and tests use the same words.
 * Wording follows Jenkins' declarative validator where a migrating user would recognise it.
 */
public final class ValidationMessages {

    private ValidationMessages() {
    }

    public static String missingSection(String name) {
        return "missing required section '" + name + "'";
    }

    public static String emptySection(String name) {
        return "'" + name + "' section is empty";
    }

    public static String stageWithoutBody(String stage) {
        return "stage '" + stage + "' has no steps, stages, parallel or matrix";
    }

    public static String stageWithSeveralBodies(String stage, String first, String second) {
        return "stage '" + stage + "' has both '" + first + "' and '" + second
                + "'; only one of steps, stages, parallel or matrix is allowed";
    }

    public static String duplicateStage(String name, String firstAt) {
        return "duplicate stage name '" + name + "' (first at " + firstAt + ")";
    }

    public static String emptySteps(String stage) {
        return "stage '" + stage + "' has no steps in its 'steps' block";
    }

    public static String failFastWithoutParallel(String stage) {
        return "'failFast' is only allowed in a stage with 'parallel' or 'matrix' (stage '" + stage + "')";
    }

    public static String expectedBoolean(String what) {
        return "'" + what + "' expects true or false";
    }

    public static String nestedParallel(String keyword, String stage, String outer) {
        return "'" + keyword + "' is not allowed in stage '" + stage + "': it is inside parallel or matrix stage '"
                + outer + "', and parallel stages and matrices cannot be nested";
    }

    public static String sectionWithParallel(String section, String stage) {
        return "'" + section + "' is not allowed in stage '" + stage + "' as it contains parallel stages";
    }

    public static String unknownWhen(String name) {
        return "unknown when condition '" + name + "'";
    }

    public static String emptyWhen() {
        return "'when' has no conditions";
    }

    public static String whenChildren(String name, String expected) {
        return "when condition '" + name + "' needs " + expected;
    }

    public static String whenNoChildren(String name) {
        return "when condition '" + name + "' takes no nested conditions";
    }

    public static String whenNoArgs(String name) {
        return "when condition '" + name + "' takes no arguments, only nested conditions";
    }

    public static String whenMissingArg(String name, String arg) {
        return "when condition '" + name + "' needs '" + arg + "'";
    }

    public static String whenUnknownArg(String name, String arg) {
        return "when condition '" + name + "' has no argument '" + arg + "'";
    }

    public static String whenExpressionBlock() {
        return "when condition 'expression' needs a block: expression { return ... }";
    }

    public static String unknownComparator(String value) {
        return "unknown comparator '" + value + "'";
    }

    public static String badRegex(String pattern, String reason) {
        return "'" + pattern + "' is not a valid regular expression: " + reason;
    }

    public static String expectedString(String what) {
        return "'" + what + "' expects a string";
    }

    public static String unknownParameterType(String type) {
        return "invalid parameter: unknown parameter type '" + type + "'";
    }

    public static String parameterWithoutName(String type) {
        return "invalid parameter: " + type + " parameter has no name";
    }

    public static String parameterNamedArgs(String type) {
        return "invalid parameter: " + type + " takes named arguments, e.g. " + type + "(name: 'X', ...)";
    }

    public static String parameterUnknownArg(String type, String arg) {
        return "invalid parameter: " + type + " has no argument '" + arg + "'";
    }

    public static String booleanDefaultNotBoolean(String name) {
        return "invalid parameter: booleanParam '" + name + "' defaultValue must be true or false";
    }

    public static String choiceWithoutChoices(String name) {
        return "invalid parameter: choice '" + name + "' has no choices";
    }

    public static String choicesShape(String name) {
        return "invalid parameter: choices of '" + name
                + "' must be a list of strings or a newline-separated string";
    }

    public static String duplicateParameter(String name, String firstAt) {
        return "duplicate parameter name '" + name + "' (first at " + firstAt + ")";
    }

    public static String unknownTrigger(String name) {
        return "unknown trigger '" + name + "'";
    }

    public static String duplicateTrigger(String name) {
        return "duplicate trigger '" + name + "'";
    }

    public static String cronSpecNotString(String trigger) {
        return "'" + trigger + "' expects one cron spec string, e.g. " + trigger + "('H */4 * * 1-5')";
    }

    public static String badCron(String trigger, String problem) {
        return "bad cron expression in '" + trigger + "': " + problem;
    }

    public static String cronWarning(String trigger, String problem) {
        return "cron spec of '" + trigger + "': " + problem;
    }

    public static String upstreamWithoutProjects() {
        return "'upstream' needs upstreamProjects: 'job-a,job-b'";
    }

    public static String badThreshold(String value) {
        return "unknown upstream threshold '" + value + "'";
    }

    public static String unknownOption(String name) {
        return "unknown option '" + name + "'";
    }

    public static String unrecognisedOption(String name) {
        return "option '" + name + "' is not known to Slipway; it is recorded by name and has no effect";
    }

    public static String duplicateOption(String name) {
        return "duplicate option '" + name + "'";
    }

    public static String optionNotInStage(String name) {
        return "option '" + name + "' applies to the whole pipeline and is not allowed in a stage's options";
    }

    public static String optionArgument(String option, String expected) {
        return "option '" + option + "' expects " + expected;
    }

    public static String unknownTimeUnit(String unit) {
        return "unknown time unit '" + unit + "'";
    }

    public static String unknownTool(String type) {
        return "unknown tool type '" + type + "'";
    }

    public static String unrecognisedTool(String type) {
        return "tool type '" + type + "' is not known to Slipway; it is recorded by name";
    }

    public static String unknownStep(String name) {
        return "unknown step '" + name + "'";
    }

    public static String libraryStep(String name) {
        return "step '" + name + "' is not a known step; it must come from a shared library";
    }

    public static String blockedStep(String name, String reason) {
        return "step '" + name + "' is not allowed here: " + reason;
    }

    public static String mixedArguments(String step) {
        return "step '" + step + "' mixes named and unnamed arguments";
    }

    public static String namedArgumentsRequired(String step) {
        return "step '" + step + "' takes one unnamed argument at most; name the others";
    }

    public static String missingStepParameter(String step, String parameter) {
        return "step '" + step + "' is missing its required parameter '" + parameter + "'";
    }

    public static String unknownStepParameter(String step, String parameter) {
        return "step '" + step + "' has no parameter '" + parameter + "'";
    }

    public static String stepNeedsBlock(String step) {
        return "step '" + step + "' expects a block { ... }";
    }

    public static String credentialsNotWholeValue() {
        return "credentials() must be the whole value of an environment variable";
    }

    public static String envValueOperator(String operator) {
        return "environment variable values can only be joined with '+', not '" + operator + "'";
    }

    public static String bareDollarCurly(String text) {
        return "${" + text + "} cannot be used as a value directly; did you mean \"${" + text + "}\"?";
    }

    public static String credentialsOutsideEnvironment() {
        return "credentials() can only be used in an 'environment' section";
    }

    public static String invalidEnvName(String name) {
        return "'" + name + "' is not a valid environment variable name";
    }

    public static String envNameHint() {
        return "names start with a letter or underscore and contain only letters, digits and underscores";
    }

    public static String unknownPostCondition(String name) {
        return "unknown post condition '" + name + "'";
    }

    public static String inputWithoutMessage() {
        return "input has no 'message'";
    }

    public static String matrixWithoutAxes() {
        return "matrix has no axes";
    }

    public static String axisWithoutName() {
        return "matrix axis has no name";
    }

    public static String axisWithoutValues(String axis) {
        return "matrix axis '" + axis + "' has no values";
    }

    public static String duplicateAxis(String axis) {
        return "duplicate matrix axis name '" + axis + "'";
    }

    public static String duplicateAxisValue(String axis, String value) {
        return "duplicate value '" + value + "' in matrix axis '" + axis + "'";
    }

    public static String axisValueNotLiteral(String axis) {
        return "values of matrix axis '" + axis + "' must be string literals";
    }

    public static String excludeUnknownAxis(String axis) {
        return "exclude refers to unknown matrix axis '" + axis + "'";
    }

    public static String excludeUnknownValue(String axis, String value) {
        return "exclude refers to value '" + value + "' that matrix axis '" + axis + "' does not have";
    }

    public static String emptyExclude() {
        return "exclude has no axes";
    }

    public static String matrixWithoutStages() {
        return "matrix has no stages";
    }

    public static String unknownAgentType(String type) {
        return "unknown agent type '" + type + "'";
    }

    public static String agentMissingSetting(String type, String setting) {
        return "agent '" + type + "' needs '" + setting + "'";
    }

    public static String agentUnknownSetting(String type, String setting) {
        return "'" + setting + "' is not a setting of agent '" + type + "'";
    }

    public static String dockerfileSeparator() {
        return "the Dockerfile filename cannot contain directory separators; use 'dir' for the directory";
    }

    public static String expectedLibrary() {
        return "expected lib('name@version') in 'libraries'";
    }

    public static String allowed(String list) {
        return "allowed: " + list;
    }
}
