package io.slipway.dsl.model;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Map;

/** What starts a build on its own: a schedule, SCM polling, another job finishing, or a plugin's trigger. */
public sealed interface Trigger permits Trigger.Cron, Trigger.PollScm, Trigger.Upstream, Trigger.OtherTrigger {

    SourcePos pos();

    /**
     * {@code cron('H 4 * * 1-5')}: the Jenkins cron spec as written (with {@code H}, several lines, TZ=); an
     * expression when the spec is computed ({@code cron(env.BRANCH_NAME == 'main' ? 'H 2 * * *' : '')}).
     */
    record Cron(Value spec, SourcePos pos) implements Trigger {}

    /** {@code pollSCM('H/5 * * * *')}: polls the repository on that schedule. */
    record PollScm(Value spec, SourcePos pos) implements Trigger {}

    /** {@code upstream(upstreamProjects: 'a,b', threshold: hudson.model.Result.SUCCESS)}. */
    record Upstream(List<String> projects, BuildResult threshold, SourcePos pos) implements Trigger {

        public Upstream {
            projects = List.copyOf(projects);
        }
    }

    /** A plugin's trigger ({@code githubPush()}, {@code GenericTrigger(...)}) kept by name with its arguments. */
    record OtherTrigger(String name, List<Expr> args, Map<String, Expr> named, SourcePos pos) implements Trigger {

        public OtherTrigger {
            args = List.copyOf(args);
            named = Map.copyOf(named);
        }
    }
}
