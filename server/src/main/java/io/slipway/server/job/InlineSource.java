package io.slipway.server.job;

import java.util.Objects;

/** A pipeline whose Jenkinsfile text is stored with the job itself. */
public record InlineSource(String pipeline) implements JobSource {

    public InlineSource {
        Objects.requireNonNull(pipeline, "pipeline");
    }
}
