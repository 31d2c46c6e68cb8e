package io.slipway.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a deployment says it released, read from the change values the release steps record. */
class ReleaseFactsTest {

    private static ReleaseChange change(String kind, String target, String before, String after) {
        return new ReleaseChange(0, "shop", 1, "Release", kind, target, before, after, Instant.EPOCH);
    }

    @Test
    void theRolledOutImageAndRevisionWinAndThePushedDigestIsKept() {
        ReleaseFacts facts = ReleaseFacts.of(List.of(
                change("docker.image", "127.0.0.1:5000/shop", null, "127.0.0.1:5000/shop@sha256:abc"),
                change("kubernetes.deployment", "shop/web/web", "{\"image\":\"127.0.0.1:5000/shop:1\",\"revision\":3}",
                        "{\"image\":\"127.0.0.1:5000/shop:2\",\"revision\":4}"),
                change("gateway.snapshot", "gateway-snapshot.yaml", null, "hash")));
        assertThat(facts).isEqualTo(new ReleaseFacts("127.0.0.1:5000/shop:2", "sha256:abc", "4",
                "gateway-snapshot.yaml"));
    }

    @Test
    void anAppliedManifestNamesTheImageButNoRevisionBeforeItRollsOut() {
        ReleaseFacts facts = ReleaseFacts.of(List.of(change("kubernetes.deployment", "shop/web/web", null,
                "{\"image\":\"127.0.0.1:5000/shop:5\",\"revision\":0}")));
        assertThat(facts.image()).isEqualTo("127.0.0.1:5000/shop:5");
        assertThat(facts.revision()).isNull();
    }

    @Test
    void aPushAloneNamesTheImageByDigestAndWhatWasNotReleasedComesFromTheDeploymentBefore() {
        ReleaseFacts pushed = ReleaseFacts.of(List.of(
                change("docker.image", "127.0.0.1:5000/shop", null, "127.0.0.1:5000/shop@sha256:def")));
        assertThat(pushed.image()).isEqualTo("127.0.0.1:5000/shop@sha256:def");
        assertThat(pushed.digest()).isEqualTo("sha256:def");

        Deployment before = new Deployment(7, "shop", "prod", 3, null, java.util.Map.of(), "127.0.0.1:5000/shop:1",
                "sha256:old", "3", "snap.yaml", DeploymentState.empty(), "alice", "Started by user alice",
                Instant.EPOCH, null);
        ReleaseFacts onlyGateway = ReleaseFacts.of(List.of(change("gateway.targets", "shop", null, "[]")))
                .orElse(Optional.of(before));
        assertThat(onlyGateway).isEqualTo(new ReleaseFacts("127.0.0.1:5000/shop:1", "sha256:old", "3", "snap.yaml"));
    }

    @Test
    void theStateKeepsTheLatestValuePerTargetAndForgetsWhatWasRemoved() {
        DeploymentState state = DeploymentState.empty().with(List.of(
                change("gateway.targets", "shop", null, "[1]"),
                change("consul.service", "shop-blue", null, "{\"id\":\"shop-blue\"}")));
        DeploymentState next = state.with(List.of(
                change("gateway.targets", "shop", "[1]", "[2]"),
                change("consul.service", "shop-blue", "{\"id\":\"shop-blue\"}", null)));
        assertThat(next.get("gateway.targets", "shop")).contains("[2]");
        assertThat(next.of("consul.service")).isEmpty();
        assertThat(state.get("gateway.targets", "shop")).as("states are values").contains("[1]");
    }

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1:5000/shop:2, 127.0.0.1:5000/shop",
            "127.0.0.1:5000/shop@sha256:abc, 127.0.0.1:5000/shop",
            "127.0.0.1:5000/team/shop, 127.0.0.1:5000/team/shop",
            "shop:latest, shop"})
    void anImageTargetIsItsRepository(String image, String repository) {
        assertThat(ReleaseSteps.repository(image)).isEqualTo(repository);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Started by user alice | alice",
            "Rollback to deployment 12 by bob | bob",
            "Started by timer | Started by timer"})
    void whoReleasedIsTheUserOfTheCause(String cause, String who) {
        assertThat(RollbackCause.who(cause)).isEqualTo(who);
        assertThat(RollbackCause.parse(cause).isPresent()).isEqualTo(cause.startsWith("Rollback"));
    }
}
