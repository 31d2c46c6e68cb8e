package io.slipway.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SlipwayTest
class StaticAssetsTest {

    private TestServer server;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
    }

    @Test
    void theStylesheetAndScriptOfEveryPageAreServedWithoutSigningIn() {
        var css = server.getWithToken("/static/slipway.css", null);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=300");
        assertThat(css.body()).contains("{").contains("}");
        var js = server.getWithToken("/static/slipway.js", null);
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    }

    @Test
    void headAnswersTheSameHeadersWithoutTheBody() {
        var head = server.send(server.request("/static/slipway.css", null)
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(head.headers().firstValue("ETag")).isPresent();
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aBrowserWithTheCurrentCopyGets304WithoutTheBody() {
        var first = server.getWithToken("/static/slipway.css", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var again = server.send(server.request("/static/slipway.css", null).header("If-None-Match", etag).GET());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        var stale = server.send(server.request("/static/slipway.css", null).header("If-None-Match", "\"old\"").GET());
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
    }

    @Test
    void aFileThatIsNoAssetIs404AndNothingOutsideTheAssetsCanBeRead() {
        assertThat(server.getWithToken("/static/nope.css", null).status()).isEqualTo(404);
        assertThat(server.getWithToken("/static/..%2Ftemplates%2Flayout.ftlh", null).status()).isEqualTo(404);
        assertThat(server.getWithToken("/static/%2E%2E", null).status()).isEqualTo(404);
        assertThat(server.getWithToken("/static/layout.ftlh", null).status()).isEqualTo(404);
    }
}
