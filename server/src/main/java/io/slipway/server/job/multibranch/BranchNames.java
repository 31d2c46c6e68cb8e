package io.slipway.server.job.multibranch;

import java.nio.charset.StandardCharsets;

/**
 * Branch names as job names, as Jenkins' branch-api {@code NameEncoder} writes them: characters that cannot
 * stand in a job name ({@code / \ : ? # % * | < > [ ] " ; & ^}) become {@code %XX}, and the names
 * {@code .} and {@code ..} are escaped entirely. So {@code feature/login} is the sub-job {@code feature%2Flogin}.
 */
public final class BranchNames {

    private static final String UNSAFE = "/\\:?#%*|<>[]\";&^";

    private BranchNames() {
    }

    public static String encode(String branch) {
        if (branch.equals(".") || branch.equals("..")) {
            return branch.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder();
        for (byte b : branch.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b < 0x20 || b == 0x7f || UNSAFE.indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", b & 0xff));
            } else if (b < 0) {
                out.append('%').append(String.format("%02X", b & 0xff));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The sub-job of {@code branch} in {@code project}: {@code project/encoded-branch}. */
    public static String subJob(String project, String branch) {
        return project + "/" + encode(branch);
    }
}
