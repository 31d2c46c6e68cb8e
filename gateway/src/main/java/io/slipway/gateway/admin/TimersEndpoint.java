package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.timer.TimerView;
import io.slipway.gateway.timer.Timers;
import java.util.List;

/**
 * Kong 3's {@code GET /timers}: the node's scheduled background tasks, counted as they really run.
 * {@code worker} is {@code {"id": 0, "count": 1}} (one timer system per node, where Kong has one per
 * nginx worker); {@code stats.sys} counts timers running, pending (due, not started) and waiting (not
 * due yet), their total and their runs; {@code stats.timers} has one entry per timer with Kong's
 * {@code meta} and {@code stats} (runs, finish, last_err_msg, elapsed_time in ms); {@code stats.flamegraph}
 * gives Kong's folded-stack lines, one per timer ({@code <owner>;<timer> <value>}).
 */
final class TimersEndpoint {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Timers timers;

    TimersEndpoint(Timers timers) {
        this.timers = timers;
    }

    void register(PathRouter router) {
        router.add("GET", "/timers", call -> Reply.json(200, body(timers.views())));
    }

    /** The {@code sys} counters, which {@code GET /} shows too. */
    static ObjectNode sys(List<TimerView> views) {
        var sys = JSON.objectNode();
        sys.put("running", views.stream().filter(v -> v.state() == TimerView.State.RUNNING).count());
        sys.put("pending", views.stream().filter(v -> v.state() == TimerView.State.PENDING).count());
        sys.put("waiting", views.stream().filter(v -> v.state() == TimerView.State.WAITING).count());
        sys.put("total", views.size());
        sys.put("runs", views.stream().mapToLong(TimerView::runs).sum());
        return sys;
    }

    private static ObjectNode body(List<TimerView> views) {
        var body = JSON.objectNode();
        body.putObject("worker").put("id", 0).put("count", 1);
        var stats = body.putObject("stats");
        stats.set("sys", sys(views));
        var timersNode = stats.putObject("timers");
        var running = new StringBuilder();
        var pending = new StringBuilder();
        var elapsed = new StringBuilder();
        for (TimerView view : views) {
            var timer = timersNode.putObject(view.name());
            timer.put("name", view.name());
            timer.putObject("meta").put("name", view.description()).put("callstack", view.owner());
            var counts = timer.putObject("stats");
            counts.put("runs", view.runs());
            counts.put("finish", view.finished());
            counts.put("running", view.runningNow());
            counts.put("state", view.state().name().toLowerCase(java.util.Locale.ROOT));
            counts.put("last_err_msg", view.lastError());
            counts.putObject("elapsed_time")
                    .put("min", round(view.minMillis())).put("max", round(view.maxMillis()))
                    .put("avg", round(view.avgMillis())).put("variance", round(view.varianceMillis()));
            String stack = view.owner() + ";" + view.name();
            running.append(stack).append(' ').append(view.runningNow()).append('\n');
            pending.append(stack).append(' ').append(view.state() == TimerView.State.PENDING ? 1 : 0).append('\n');
            elapsed.append(stack).append(' ').append(Math.round(view.totalMillis())).append('\n');
        }
        stats.putObject("flamegraph").put("running", running.toString()).put("pending", pending.toString())
                .put("elapsed_time", elapsed.toString());
        return body;
    }

    private static double round(double millis) {
        return Math.round(millis * 1000) / 1000.0;
    }
}
