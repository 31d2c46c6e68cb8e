package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.gateway.config.Certificate;
import io.slipway.gateway.config.EntityRef;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.config.Sni;
import io.slipway.gateway.config.schema.CertificatePem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The HTTPS proxy port: TLS terminated with the configured certificates, chosen by the SNI the client
 * sends (connections go to 127.0.0.1; the server name travels only in the handshake).
 */
class TlsTerminationTest extends ProxyTestBase {

    @Override
    ProxySettings settings() {
        return super.settings().withSslPort(0);
    }

    private static String pem(String name) throws IOException {
        try (InputStream in = TlsTerminationTest.class.getResourceAsStream("/tls/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static Certificate certificate(String name) throws IOException {
        return new Certificate(UUID.randomUUID(), pem(name + ".cert.pem"), pem(name + ".key.pem"), null, null, null, 1, 1);
    }

    private static Sni sni(String name, Certificate certificate) {
        return new Sni(UUID.randomUUID(), name, EntityRef.of(certificate.id()), null, 1, 1);
    }

    /** Sends a GET over TLS with the given server name; returns the server's leaf certificate CN and the raw response. */
    private record Exchange(String servedCn, String response) {}

    private Exchange get(String serverName, String path) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        int i = 0;
        for (String name : List.of("example", "wildcard")) {
            for (X509Certificate c : CertificatePem.certificates(pem(name + ".cert.pem"))) {
                trusted.setCertificateEntry("c" + i++, c);
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", proxy.sslPort())) {
            socket.setSoTimeout(10_000);
            var parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(serverName)));
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            String cn = ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + serverName
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            return new Exchange(cn, out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void httpsRequestsAreServedWithTheCertificateTheirSniSelectsAndReachHttpsOnlyRoutes() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("svc", "http", "127.0.0.1", echo.port(), null);
        Certificate example = certificate("example");
        Certificate wildcard = certificate("wildcard");
        apply(service, new RouteBuilder("secure", service.id()).paths("/secure").protocols("https").build(),
                example, wildcard, sni("example.test", example), sni("*.wildcard.test", wildcard));

        var exact = get("example.test", "/secure/orders");
        assertThat(exact.servedCn()).isEqualTo("CN=example.test");
        assertThat(exact.response()).startsWith("HTTP/1.1 200");
        assertThat(exact.response()).contains("\"x-forwarded-proto\":\"https\"")
                .contains("\"x-forwarded-port\":\"" + proxy.sslPort() + "\"");

        assertThat(get("api.wildcard.test", "/secure/x").servedCn()).isEqualTo("CN=wildcard.test");

        var plain = get("/secure/orders");
        assertThat(plain.statusCode()).as("the same route over plain HTTP").isEqualTo(426);
    }

    @Test
    void routesWithSnisTakeOnlyHttpsRequestsMadeWithThoseServerNames() throws Exception {
        EchoUpstream orders = upstream("orders");
        EchoUpstream catchAll = upstream("catch-all");
        Service ordersService = Service.of("orders", "http", "127.0.0.1", orders.port(), null);
        Service otherService = Service.of("other", "http", "127.0.0.1", catchAll.port(), null);
        Certificate example = certificate("example");
        Certificate wildcard = certificate("wildcard");
        apply(ordersService, otherService,
                new RouteBuilder("by-sni", ordersService.id()).paths("/").snis("example.test", "*.wildcard.test").build(),
                new RouteBuilder("any", otherService.id()).paths("/").build(),
                example, wildcard, sni("example.test", example), sni("*.wildcard.test", wildcard));

        assertThat(get("example.test", "/a").response()).contains("\"upstream\":\"orders\"");
        assertThat(get("api.wildcard.test", "/a").response()).as("a wildcard SNI").contains("\"upstream\":\"orders\"");
        assertThat(get("/a").statusCode()).as("plain HTTP: SNIs do not apply, as in Kong").isEqualTo(200);
        assertThat(get("/a").body()).contains("\"upstream\":\"orders\"");
    }

    @Test
    void anHttpsRequestWhoseServerNameNoRouteListsFallsToTheRouteWithoutSnis() throws Exception {
        EchoUpstream orders = upstream("orders");
        EchoUpstream catchAll = upstream("catch-all");
        Service ordersService = Service.of("orders", "http", "127.0.0.1", orders.port(), null);
        Service otherService = Service.of("other", "http", "127.0.0.1", catchAll.port(), null);
        Certificate wildcard = certificate("wildcard");
        apply(ordersService, otherService,
                new RouteBuilder("by-sni", ordersService.id()).paths("/").snis("shop.wildcard.test").build(),
                new RouteBuilder("any", otherService.id()).paths("/").build(),
                wildcard, sni("*.wildcard.test", wildcard));

        assertThat(get("shop.wildcard.test", "/a").response()).contains("\"upstream\":\"orders\"");
        assertThat(get("api.wildcard.test", "/a").response()).contains("\"upstream\":\"catch-all\"");
    }

    @Test
    void withoutAnyCertificateTheHandshakeFailsAndPlainHttpStillWorks() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("svc", "http", "127.0.0.1", echo.port(), null);
        apply(service, new RouteBuilder("r", service.id()).paths("/").build());

        assertThatThrownBy(() -> get("example.test", "/")).isInstanceOf(IOException.class);
        assertThat(get("/x").statusCode()).isEqualTo(200);
    }
}
