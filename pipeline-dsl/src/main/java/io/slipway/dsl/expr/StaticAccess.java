package io.slipway.dsl.expr;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Telling class names from environment variables in bare names: {@code Integer}, {@code Jenkins} and
 * {@code Thread} are written in UpperCamelCase, environment variables such as {@code BRANCH_NAME} in
 * upper case. Also the package roots whose qualified names ({@code java.lang.System}) scripts may not use.
 */
final class StaticAccess {

    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*");

    /** First segments of qualified class names. */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "groovy", "hudson", "jenkins", "org", "com", "net");

    private StaticAccess() {
    }

    static boolean looksLikeClass(String name) {
        return CLASS_NAME.matcher(name).matches();
    }
}
