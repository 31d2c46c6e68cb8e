package io.slipway.dsl.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code currentBuild} and {@code previousBuild} as scripts see them: Jenkins' property names and
 * getters over a {@link CurrentBuildView}, plus {@code resultIsBetterOrEqualTo} and
 * {@code resultIsWorseOrEqualTo}. {@code rawBuild} and other Jenkins internals are unsupported.
 */
final class BuildObject {

    /** Jenkins' result order, best first. */
    private static final List<String> RESULTS = List.of("SUCCESS", "UNSTABLE", "FAILURE", "NOT_BUILT", "ABORTED");

    /** The properties scripts may read; also what the checker accepts. */
    static final java.util.Set<String> PROPERTIES = java.util.Set.of("result", "currentResult", "number", "id",
            "displayName", "fullDisplayName", "projectName", "fullProjectName", "description", "absoluteUrl",
            "startTimeInMillis", "timeInMillis", "duration", "durationString", "previousBuild",
            "previousSuccessfulBuild", "buildCauses", "buildVariables", "rollback");

    /** Methods besides the getters and setters of {@link #PROPERTIES}. */
    static final java.util.Set<String> METHODS = java.util.Set.of("getBuildCauses", "resultIsBetterOrEqualTo",
            "resultIsWorseOrEqualTo", "toString");

    private final CurrentBuildView view;

    BuildObject(CurrentBuildView view) {
        this.view = view;
    }

    Object get(String name) {
        return switch (name) {
            case "result" -> view.result();
            case "currentResult" -> view.currentResult();
            case "number" -> view.number();
            case "id" -> view.id();
            case "displayName" -> view.displayName();
            case "fullDisplayName" -> view.fullDisplayName();
            case "projectName" -> view.projectName();
            case "fullProjectName" -> view.fullProjectName();
            case "description" -> view.description();
            case "absoluteUrl" -> view.absoluteUrl();
            case "startTimeInMillis", "timeInMillis" -> view.startTimeInMillis();
            case "duration" -> view.duration();
            case "durationString" -> view.durationString();
            case "previousBuild" -> view.previousBuild().map(BuildObject::new).orElse(null);
            case "previousSuccessfulBuild" -> view.previousSuccessfulBuild().map(BuildObject::new).orElse(null);
            case "buildCauses" -> causes(null);
            case "buildVariables" -> new LinkedHashMap<Object, Object>(view.buildVariables());
            case "rollback" -> view.rollback();
            default -> throw ScriptFault.unsupported(ExprMessages.unsupportedBuildProperty(name));
        };
    }

    void set(String name, Object value) {
        String text = value == null ? null : GroovyText.render(value);
        switch (name) {
            case "result" -> view.setResult(text == null ? null : text.toUpperCase());
            case "description" -> view.setDescription(text);
            case "displayName" -> view.setDisplayName(text);
            default -> throw ScriptFault.unsupported(ExprMessages.readOnlyProperty(name, "currentBuild"));
        }
    }

    Object call(String method, List<Object> args) {
        if (args.isEmpty() && method.length() > 3 && method.startsWith("get")) {
            return get(Character.toLowerCase(method.charAt(3)) + method.substring(4));
        }
        if (args.size() == 1 && method.length() > 3 && method.startsWith("set")) {
            set(Character.toLowerCase(method.charAt(3)) + method.substring(4), args.get(0));
            return null;
        }
        return switch (method + "/" + args.size()) {
            case "getBuildCauses/1" -> causes(Args.string(args, 0));
            case "resultIsBetterOrEqualTo/1" -> rank(view.currentResult()) <= rank(Args.string(args, 0));
            case "resultIsWorseOrEqualTo/1" -> rank(view.currentResult()) >= rank(Args.string(args, 0));
            case "toString/0" -> view.fullDisplayName();
            default -> throw ScriptFault.unsupported(ExprMessages.unknownMethod(method, "currentBuild"));
        };
    }

    /** Whether a script may call {@code currentBuild.name(...)}. */
    static boolean hasMethod(String name) {
        if (METHODS.contains(name)) {
            return true;
        }
        if (name.length() > 3 && (name.startsWith("get") || name.startsWith("set"))) {
            return PROPERTIES.contains(Character.toLowerCase(name.charAt(3)) + name.substring(4));
        }
        return false;
    }

    private List<Object> causes(String type) {
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> cause : view.buildCauses()) {
            Object cls = cause.get("_class");
            if (type == null || (cls != null && (cls.toString().equals(type) || cls.toString().endsWith("." + type)
                    || cls.toString().endsWith("$" + type)))) {
                out.add(new LinkedHashMap<Object, Object>(cause));
            }
        }
        return out;
    }

    private static int rank(String result) {
        int i = RESULTS.indexOf(result == null ? "" : result.toUpperCase());
        if (i < 0) {
            throw ScriptFault.illegalArgument("unknown build result '" + result + "' (results: " + String.join(", ", RESULTS) + ")");
        }
        return i;
    }

    @Override
    public String toString() {
        return view.fullDisplayName();
    }
}
