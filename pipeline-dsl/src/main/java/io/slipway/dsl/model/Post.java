package io.slipway.dsl.model;

import java.util.Comparator;
import java.util.List;

/** Post blocks in the order Jenkins runs them ({@link PostCondition}'s order), whatever the order written. */
public record Post(List<PostBlock> blocks) {

    public Post {
        blocks = blocks.stream().sorted(Comparator.comparing(PostBlock::condition)).toList();
    }

    public static Post none() {
        return new Post(List.of());
    }
}
