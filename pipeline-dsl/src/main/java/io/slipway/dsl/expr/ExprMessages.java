package io.slipway.dsl.expr;

/**
 * Every message text of the evaluator and its checker, so that code and tests use the same words.
 * Runtime failures follow Groovy's own wording where a Jenkins user would have seen it.
 */
public final class ExprMessages {

    private ExprMessages() {
    }

    // --- runtime -------------------------------------------------------------------------------

    public static String nullProperty(String name) {
        return "Cannot get property '" + name + "' on null object";
    }

    public static String nullPropertySet(String name) {
        return "Cannot set property '" + name + "' on null object";
    }

    public static String nullMethod(String name) {
        return "Cannot invoke method " + name + "() on null object";
    }

    public static String nullIndex() {
        return "Cannot get an element by index of null object";
    }

    public static String nullOperand(String operator) {
        return "Cannot apply operator '" + operator + "' to null";
    }

    public static String operatorNotApplicable(String operator, String left, String right) {
        return "operator '" + operator + "' cannot be applied to " + left + " and " + right;
    }

    public static String unknownMethod(String name, String receiverType) {
        return "cannot call method '" + name + "' on a " + receiverType + " (not supported)";
    }

    public static String wrongArguments(String name, String receiverType, int given) {
        return "method '" + name + "' of " + receiverType + " does not take " + given + " argument" + (given == 1 ? "" : "s");
    }

    public static String unknownProperty(String name, String receiverType) {
        return "No such property: " + name + " for class: " + receiverType;
    }

    public static String readOnlyProperty(String name, String receiverType) {
        return "Cannot set property '" + name + "' on " + receiverType;
    }

    public static String unknownVariable(String name) {
        return "No such property: " + name + " (neither a variable, a parameter nor an environment variable)";
    }

    public static String notIndexable(String receiverType) {
        return "cannot index a " + receiverType + " with [ ]";
    }

    public static String cannotCast(String value, String fromType, String toType) {
        return "Cannot cast object '" + value + "' with class '" + fromType + "' to class '" + toType + "'";
    }

    public static String jumpOutOfClosure() {
        return "'break' and 'continue' cannot leave a closure; use a for loop, or return from the closure";
    }

    public static String loopLimit(int limit) {
        return "loop exceeded " + limit + " iterations; a script may not run unbounded";
    }

    public static String recursionLimit(int limit) {
        return "closure calls nested deeper than " + limit;
    }

    public static String notIterable(String type) {
        return "cannot iterate over a " + type;
    }

    public static String cannotThrow(String type) {
        return "can only throw an exception, not a " + type;
    }

    public static String notAssignable(String construct) {
        return "cannot assign to " + construct;
    }

    public static String closureArity(int expected, int given) {
        return "closure takes " + expected + " parameter" + (expected == 1 ? "" : "s") + " but was called with " + given;
    }

    // --- unsupported constructs (checker and runtime) ---------------------------------------------

    public static String unsupportedNew(String type) {
        return "'new " + type + "(...)' is not supported in pipeline scripts";
    }

    public static String unsupportedStatic(String className, String member) {
        return "'" + className + "." + member + "' is not supported in pipeline scripts (static access to class "
                + className + ")";
    }

    public static String unsupportedCast(String type) {
        return "cast to '" + type + "' is not supported in pipeline scripts";
    }

    public static String unsupportedType(String type) {
        return "type '" + type + "' is not supported in pipeline scripts";
    }

    public static String unsupportedRange(String construct) {
        return "range '" + construct + "' is not supported in pipeline scripts (only integer ranges)";
    }

    public static String unsupportedBuildProperty(String name) {
        return "currentBuild." + name + " is not supported in pipeline scripts";
    }

    public static String unsupportedScriptReference(String name) {
        return "'" + name + "' (the script object) is not supported in pipeline scripts";
    }

    public static String nestedTooDeeply() {
        return "script nested too deeply (recursion?)";
    }

    public static String unsupportedInstanceof(String type) {
        return "'instanceof " + type + "' is not supported in pipeline scripts";
    }

    public static String unsupportedAnnotation(String name) {
        return "annotation '@" + name + "' is not supported in pipeline scripts";
    }

    public static String metaprogramming(String member) {
        return "metaprogramming ('" + member + "') is not supported in pipeline scripts";
    }

    public static String unsupportedQualifiedName(String name) {
        return "access to '" + name + "' is not supported in pipeline scripts";
    }

    public static String unsupportedLiteralMethod(String name, String receiverType) {
        return "method '" + name + "' of " + receiverType + " is not supported in pipeline scripts";
    }

    public static String supportedHint(String receiverType, java.util.Collection<String> names) {
        return receiverType + " methods here: " + String.join(", ", new java.util.TreeSet<>(names));
    }
}
