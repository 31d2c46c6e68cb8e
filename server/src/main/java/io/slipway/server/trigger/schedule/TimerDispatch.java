package io.slipway.server.trigger.schedule;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Routes each timer's questions and fires to the handler of its kind; a kind without one is dropped. */
public final class TimerDispatch implements TimerHandler {

    private final Map<TimerKind, TimerHandler> handlers = new EnumMap<>(TimerKind.class);

    public TimerDispatch on(TimerKind kind, TimerHandler handler) {
        handlers.put(kind, handler);
        return this;
    }

    @Override
    public Optional<String> currentSpec(TimerId id) {
        TimerHandler handler = handlers.get(id.kind());
        return handler == null ? Optional.empty() : handler.currentSpec(id);
    }

    @Override
    public void fire(TimerId id, boolean missed) {
        TimerHandler handler = handlers.get(id.kind());
        if (handler != null) {
            handler.fire(id, missed);
        }
    }
}
