package io.slipway.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestPathTest {

    @ParameterizedTest(name = "{0} is matched as {1}")
    @CsvSource({
        "/,                       /",
        "/users/42,               /users/42",
        "/%61dmin,                /admin",
        "/a%2fb,                  /a%2Fb",
        "/a%3Bb%25c,              /a%3Bb%25c",
        "/caf%c3%a9,              /caf%C3%A9",
        "/a%zzb%4,                /a%zzb%4",
        "//admin///x,             /admin/x",
        "/public/../admin,        /admin",
        "/public/%2e%2E/admin,    /admin",
        "/a/./b/.,                /a/b/",
        "/a/b/../../..,           /",
        "/.well-known/x,          /.well-known/x",
        "/v1.2/items,             /v1.2/items",
    })
    void pathsAreNormalisedAsKongDoesBeforeMatching(String raw, String expected) {
        assertThat(RequestPath.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"/users/42", "/v1.2/items", "/a-b_c~d"})
    void aPathWithNothingToChangeIsReturnedAsTheSameInstance(String raw) {
        assertThat(RequestPath.normalize(raw)).isSameAs(raw);
    }
}
