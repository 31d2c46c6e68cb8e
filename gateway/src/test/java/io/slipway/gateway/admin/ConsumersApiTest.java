package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ConsumersApiTest extends NodeTest {

    @Test
    void consumerNeedsAUsernameOrCustomId() {
        // curl -i -X POST http://localhost:8001/consumers/ --data username=luka
        var luka = admin.form("POST", "/consumers/", "username=luka");
        assertThat(luka.status()).isEqualTo(201);
        assertThat(luka.json().get("custom_id").isNull()).isTrue();
        var nobody = admin.post("/consumers", "{}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("fields").get("@entity").get(0).asText())
                .isEqualTo("at least one of these fields must be non-empty: 'custom_id', 'username'");
        assertThat(admin.post("/consumers", "{\"custom_id\":\"c-1\"}").status()).isEqualTo(201);
        assertThat(admin.get("/consumers/luka").status()).isEqualTo(200);
        assertThat(admin.get("/consumers/c-1").status()).isEqualTo(200);
    }

    @Test
    void keyAuthKeysAreGeneratedWhenAbsentAndUnique() {
        created("/consumers", "{\"username\":\"luka\"}");
        // curl -i -X POST http://localhost:8001/consumers/luka/key-auth --data key=top-secret-key
        var given = admin.form("POST", "/consumers/luka/key-auth", "key=top-secret-key");
        assertThat(given.status()).isEqualTo(201);
        assertThat(given.json().get("key").asText()).isEqualTo("top-secret-key");
        assertThat(given.json().get("consumer").get("id")).isEqualTo(admin.get("/consumers/luka").json().get("id"));
        var generated = admin.post("/consumers/luka/key-auth", "");
        assertThat(generated.status()).isEqualTo(201);
        assertThat(generated.json().get("key").asText()).matches("[0-9a-f]{32}");
        assertThat(admin.get("/consumers/luka/key-auth").json().get("data")).hasSize(2);
        assertThat(admin.get("/key-auths").json().get("data")).hasSize(2);
        assertThat(admin.get("/key-auths/top-secret-key/consumer").json().get("username").asText()).isEqualTo("luka");
        var clash = admin.form("POST", "/consumers/luka/key-auth", "key=top-secret-key");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(admin.delete("/consumers/luka/key-auth/" + id(given.json())).status()).isEqualTo(204);
        assertThat(admin.post("/consumers/nobody/key-auth", "{}").status()).isEqualTo(404);
    }

    @Test
    void jwtCredentialsGenerateKeyAndSecretAndRs256NeedsAPublicKey() throws Exception {
        created("/consumers", "{\"username\":\"luka\"}");
        var hs = admin.post("/consumers/luka/jwt", "{}");
        assertThat(hs.status()).isEqualTo(201);
        assertThat(hs.json().get("algorithm").asText()).isEqualTo("HS256");
        assertThat(hs.json().get("key").asText()).isNotBlank();
        assertThat(hs.json().get("secret").asText()).isNotBlank();
        var noKey = admin.post("/consumers/luka/jwt", "{\"algorithm\":\"RS256\"}");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().get("fields").get("rsa_public_key").asText()).isEqualTo("required field missing");
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        var rs = admin.form("POST", "/consumers/luka/jwt", "algorithm=RS256", "key=issuer-1", "rsa_public_key=" + pem);
        assertThat(rs.status()).isEqualTo(201);
        assertThat(rs.json().get("rsa_public_key").asText()).contains("BEGIN PUBLIC KEY");
        assertThat(admin.form("POST", "/consumers/luka/jwt", "algorithm=RS256", "rsa_public_key=junk").status())
                .isEqualTo(400);
    }

    @Test
    void basicAuthPasswordsAreStoredAndShownOnlyAsBcryptHashes() {
        created("/consumers", "{\"username\":\"luka\"}");
        var credential = admin.form("POST", "/consumers/luka/basic-auth", "username=luka", "password=s3cret-pass");
        assertThat(credential.status()).isEqualTo(201);
        String hash = credential.json().get("password").asText();
        assertThat(hash).startsWith("$2").doesNotContain("s3cret-pass");
        assertThat(at.favre.lib.crypto.bcrypt.BCrypt.verifyer().verify("s3cret-pass".toCharArray(), hash).verified).isTrue();
        assertThat(admin.get("/consumers/luka/basic-auth").text()).doesNotContain("s3cret-pass");
        var patched = admin.patch("/consumers/luka/basic-auth/" + id(credential.json()), "{\"tags\":[\"t\"]}");
        assertThat(patched.json().get("password").asText()).isEqualTo(hash);
    }

    @Test
    void aclGroupsAndDeletingAConsumerCascadesToAllCredentials() {
        created("/consumers", "{\"username\":\"luka\"}");
        var acl = admin.form("POST", "/consumers/luka/acls", "group=admins");
        assertThat(acl.status()).isEqualTo(201);
        assertThat(acl.json().get("group").asText()).isEqualTo("admins");
        assertThat(admin.form("POST", "/consumers/luka/acls", "group=admins").status()).isEqualTo(409);
        assertThat(admin.get("/consumers/luka/acls/admins").json().get("id")).isEqualTo(acl.json().get("id"));
        assertThat(admin.get("/consumers/luka/acls/nobody").status()).isEqualTo(404);
        created("/consumers/luka/key-auth", "{\"key\":\"k\"}");
        created("/consumers/luka/jwt", "{}");
        created("/consumers/luka/basic-auth", "{\"username\":\"u\",\"password\":\"p\"}");
        created("/consumers/luka/plugins", "{\"name\":\"rate-limiting\",\"config\":{\"minute\":5}}");

        assertThat(admin.delete("/consumers/luka").status()).isEqualTo(204);
        var config = node.configuration();
        assertThat(config.aclGroups()).isEmpty();
        assertThat(config.keyAuthCredentials()).isEmpty();
        assertThat(config.jwtCredentials()).isEmpty();
        assertThat(config.basicAuthCredentials()).isEmpty();
        assertThat(config.plugins()).isEmpty();
        assertThat(admin.get("/acls").json().get("data")).isEmpty();
    }
}
