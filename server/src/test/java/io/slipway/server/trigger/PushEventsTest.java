package io.slipway.server.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushEventsTest {

    private static final PushEvent CREATED = new PushEvent("https://127.0.0.1/octo/app.git", "refs/heads/feature/x",
            null, "0123456789abcdef0123456789abcdef01234567", true, false);

    @Test
    void everySubscriberGetsThePushEvenWhenAnEarlierOneFails() throws Exception {
        PushEvents events = new PushEvents();
        List<String> seen = new ArrayList<>();
        events.subscribe(e -> {
            throw new IllegalStateException("broken subscriber");
        });
        AutoCloseable second = events.subscribe(e -> seen.add(e.branch() + (e.created() ? " created" : "")));

        events.publish(CREATED);
        second.close();
        events.publish(CREATED);

        assertThat(seen).containsExactly("feature/x created");
    }

    @Test
    void aPushNamesItsBranchOrTag() {
        assertThat(CREATED.branch()).isEqualTo("feature/x");
        assertThat(CREATED.tag()).isNull();
        PushEvent tag = new PushEvent("git@127.0.0.1:octo/app.git", "refs/tags/v1.2", null, null, true, false);
        assertThat(tag.tag()).isEqualTo("v1.2");
        assertThat(tag.branch()).isNull();
    }
}
