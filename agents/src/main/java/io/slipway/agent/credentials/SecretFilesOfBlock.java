package io.slipway.agent.credentials;

import io.slipway.agent.step.RemoteWorkspace;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secret files of one {@code withCredentials} block, where the block's workspace is: in the engine's
 * build folder, or on the remote agent that holds the workspace (written and deleted by that agent through
 * {@link SecretFileStep}'s calls). {@link #deleteAll} runs when the block ends however it ends; an abort that
 * interrupted the block does not stop the deletion, and the thread's interrupt is kept for the caller.
 * Used by one thread.
 */
final class SecretFilesOfBlock {

    /** Deletes one file wherever it is. */
    @FunctionalInterface
    private interface Deletion {
        void run() throws InterruptedException;
    }

    private final StepContext ctx;
    private final String location;
    private final Optional<RemoteWorkspace> remote;
    private final List<Deletion> deletions = new ArrayList<>();

    SecretFilesOfBlock(StepContext ctx, String location) {
        this.ctx = ctx;
        this.location = location;
        this.remote = ctx.services().extensions().find(RemoteWorkspace.class);
    }

    /** Writes {@code content} into a new owner-only file; its path where the block's steps run. */
    String write(String content) throws InterruptedException {
        if (remote.isEmpty()) {
            Path file = SecretFiles.write(ctx.services().buildDir().resolve("secrets"), "secret-", content);
            deletions.add(() -> SecretFiles.delete(file));
            return file.toString();
        }
        RemoteWorkspace agent = remote.get();
        Object written = agent.run(new StepCall(SecretFileStep.WRITE, List.of(),
                Map.of("content", content == null ? "" : content), Optional.empty(), location), ctx).value();
        String path = String.valueOf(written);
        deletions.add(() -> agent.run(new StepCall(SecretFileStep.DELETE, List.of(), Map.of("path", path),
                Optional.empty(), location), ctx));
        return path;
    }

    /**
     * Deletes every file written, last first. A file that cannot be deleted fails the step when the block
     * {@code completed}; otherwise the block's own failure stands and the log says which file was left.
     */
    void deleteAll(boolean completed) throws InterruptedException {
        boolean interrupted = Thread.interrupted();
        StepFailure failure = null;
        try {
            for (int i = deletions.size() - 1; i >= 0; i--) {
                try {
                    deletions.get(i).run();
                } catch (InterruptedException e) {
                    interrupted = true;
                    failure = left(failure, "the deletion was interrupted");
                } catch (RuntimeException e) {
                    failure = left(failure, String.valueOf(e.getMessage()));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            if (completed) {
                throw failure;
            }
            ctx.log().line(failure.getMessage());
        }
    }

    private StepFailure left(StepFailure earlier, String reason) {
        String where = remote.map(RemoteWorkspace::describe).orElse("the server");
        String message = location + ": withCredentials: a secret file could not be deleted on " + where + ": "
                + ctx.services().masker().mask(reason);
        return earlier != null ? earlier : new StepFailure(message);
    }
}
