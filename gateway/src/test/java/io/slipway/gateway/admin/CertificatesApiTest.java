package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Kong's certificates and SNIs through the Admin API of a real node: keys checked, write-only, SNIs unique. */
class CertificatesApiTest extends NodeTest {

    static String pem(String name) {
        try (InputStream in = CertificatesApiTest.class.getResourceAsStream("/tls/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String certificateJson(String cert, String key) {
        var json = JsonNodeFactory.instance.objectNode().put("cert", pem(cert)).put("key", pem(key));
        json.putArray("tags").add("edge");
        return json.toString();
    }

    @Test
    void aCertificateIsStoredWithItsKeyWriteOnlyAndSnisPointAtIt() {
        var certificate = created("/certificates", certificateJson("example.cert.pem", "example.key.pem"));
        assertThat(certificate.get("cert").asText()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(certificate.has("key")).as("private key never shown").isFalse();
        assertThat(admin.get("/certificates/" + id(certificate)).text()).doesNotContain("PRIVATE KEY");

        var sni = created("/certificates/" + id(certificate) + "/snis", "{\"name\":\"example.test\"}");
        assertThat(sni.at("/certificate/id").asText()).isEqualTo(id(certificate));
        assertThat(admin.get("/snis/example.test").json().get("id").asText()).isEqualTo(id(sni));
        assertThat(admin.get("/snis/example.test/certificate").json().get("id").asText()).isEqualTo(id(certificate));
        created("/snis", "{\"name\":\"*.example.test\",\"certificate\":{\"id\":\"" + id(certificate) + "\"}}");
        assertThat(admin.get("/certificates/" + id(certificate) + "/snis").json().get("data")).hasSize(2);

        var clash = admin.post("/snis", "{\"name\":\"example.test\",\"certificate\":{\"id\":\"" + id(certificate) + "\"}}");
        assertThat(clash.status()).isEqualTo(409);

        assertThat(admin.get("/status").json().get("configuration_hash").asText()).isNotEqualTo("0".repeat(32));
        assertThat(admin.delete("/certificates/" + id(certificate)).status()).isEqualTo(204);
        assertThat(admin.get("/snis/example.test").status()).as("SNIs go with their certificate").isEqualTo(404);
    }

    @Test
    void snisGivenWithTheCertificateAreCreatedWithItAndReplacedByPatch() {
        var json = JsonNodeFactory.instance.objectNode().put("cert", pem("wildcard.cert.pem")).put("key", pem("wildcard.key.pem"));
        json.putArray("snis").add("a.wildcard.test").add("b.wildcard.test");
        var certificate = created("/certificates", json.toString());
        assertThat(certificate.get("snis")).extracting(n -> n.asText()).containsExactly("a.wildcard.test", "b.wildcard.test");
        assertThat(admin.get("/snis/a.wildcard.test/certificate").json().get("id").asText()).isEqualTo(id(certificate));
        assertThat(admin.get("/certificates/" + id(certificate)).json().get("snis")).hasSize(2);
        assertThat(admin.get("/certificates").json().at("/data/0/snis")).hasSize(2);

        var patched = admin.patch("/certificates/" + id(certificate), "{\"snis\":[\"b.wildcard.test\",\"c.wildcard.test\"]}");
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(patched.json().get("snis")).extracting(n -> n.asText()).containsExactly("b.wildcard.test", "c.wildcard.test");
        assertThat(admin.get("/snis/a.wildcard.test").status()).isEqualTo(404);
        assertThat(admin.get("/snis").json().get("data")).hasSize(2);
    }

    @Test
    void aCertificateWhoseSniIsTakenIsRefusedWholeAndNothingIsStored() {
        var first = JsonNodeFactory.instance.objectNode().put("cert", pem("example.cert.pem")).put("key", pem("example.key.pem"));
        first.putArray("snis").add("example.test");
        created("/certificates", first.toString());

        var second = admin.form("POST", "/certificates", "cert=" + pem("wildcard.cert.pem"), "key=" + pem("wildcard.key.pem"),
                "snis[]=fresh.wildcard.test", "snis[]=example.test");
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(admin.get("/certificates").json().get("data")).as("the whole write was refused").hasSize(1);
        assertThat(admin.get("/snis/fresh.wildcard.test").status()).isEqualTo(404);

        var badName = JsonNodeFactory.instance.objectNode().put("cert", pem("wildcard.cert.pem")).put("key", pem("wildcard.key.pem"));
        badName.putArray("snis").add("x.wildcard.test:443");
        var refused = admin.post("/certificates", badName.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/fields/name").asText()).isEqualTo("must not have a port");
    }

    @Test
    void anEcCertificateIsAcceptedFromKongsFormFields() {
        var response = admin.form("POST", "/certificates", "cert=" + pem("ec.cert.pem"), "key=" + pem("ec.key.pem"));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }

    @Test
    void badCertificatesAreRefusedNamingTheField() {
        var mismatch = admin.post("/certificates", certificateJson("example.cert.pem", "wildcard.key.pem"));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().at("/fields/key").asText()).isEqualTo("certificate does not match key");

        var garbage = admin.post("/certificates", "{\"cert\":\"not a pem\",\"key\":" + quoted(pem("example.key.pem")) + "}");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().at("/fields/cert").asText()).startsWith("invalid certificate");

        var pkcs1 = admin.post("/certificates", certificateJson("example.cert.pem", "pkcs1.key.pem"));
        assertThat(pkcs1.status()).isEqualTo(400);
        assertThat(pkcs1.json().at("/fields/key").asText()).contains("openssl pkcs8 -topk8 -nocrypt");
        assertThat(pkcs1.text()).doesNotContain("BEGIN RSA PRIVATE KEY");

        var certificate = created("/certificates", certificateJson("example.cert.pem", "example.key.pem"));
        var withPort = admin.post("/certificates/" + id(certificate) + "/snis", "{\"name\":\"example.test:443\"}");
        assertThat(withPort.status()).isEqualTo(400);
        assertThat(withPort.json().at("/fields/name").asText()).isEqualTo("must not have a port");
        assertThat(admin.get("/certificates").json().get("data")).hasSize(1);
    }

    @Test
    void declarativeCertificatesWithNestedSnisAreLoadedAndExportedWithoutKeys() {
        var file = JsonNodeFactory.instance.objectNode().put("_format_version", "3.0");
        var certificate = file.putArray("certificates").addObject()
                .put("cert", pem("wildcard.cert.pem")).put("key", pem("wildcard.key.pem"));
        certificate.putArray("snis").addObject().put("name", "wildcard.test");
        var loaded = admin.post("/config", file.toString());
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(201);
        assertThat(loaded.text()).doesNotContain("PRIVATE KEY");

        assertThat(admin.get("/snis/wildcard.test").status()).isEqualTo(200);
        String export = admin.get("/config?format=yaml").text();
        assertThat(export).contains("certificates:").contains("wildcard.test").doesNotContain("PRIVATE KEY");
    }

    private static String quoted(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }
}
