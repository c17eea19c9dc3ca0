package bd.udbhabon.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A minimal OpenID Connect provider on 127.0.0.1 for tests: discovery, an authorization endpoint
 * that signs in {@link #signsIn whoever the test says} without asking, a token endpoint issuing
 * RS256 ID tokens, the key set and user info. It checks nothing a real provider would; it exists
 * so that the application's side of the code flow (discovery, state, nonce, signature, claims)
 * runs for real.
 */
final class FakeOidcProvider {

    /** The person the provider vouches for. */
    record Person(String subject, String email, boolean emailVerified) {
    }

    private record Grant(Person person, String nonce) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final String clientId;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Person> accessTokens = new ConcurrentHashMap<>();
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Person person;

    FakeOidcProvider(String clientId) {
        this.clientId = clientId;
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, Map.of(
                "issuer", issuer(),
                "authorization_endpoint", issuer() + "/authorize",
                "token_endpoint", issuer() + "/token",
                "jwks_uri", issuer() + "/jwks",
                "userinfo_endpoint", issuer() + "/userinfo",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"))));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext("/userinfo", this::userInfo);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Who is signed in at the provider from now on. */
    void signsIn(Person person) {
        this.person = person;
    }

    /** Visits an authorization URL as the person's browser would; returns where it sends them back to. */
    String visit(String authorizationUrl) {
        try {
            var response = browser.send(HttpRequest.newBuilder(URI.create(authorizationUrl)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Location").orElseThrow(
                    () -> new AssertionError("no redirect from " + authorizationUrl + ": " + response.statusCode()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        server.stop(0);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(person, query.get("nonce")));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri")
                + "?code=" + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Grant grant = codes.remove(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).get("code"));
        if (grant == null) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, grant.person());
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(grant.person().subject()).audience(clientId)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.nonce()).claim("email", grant.person().email())
                .claim("email_verified", grant.person().emailVerified()).build();
        var idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            idToken.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        json(exchange, 200, Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", 300,
                "id_token", idToken.serialize()));
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Person holder = authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (holder == null) {
            json(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        json(exchange, 200, Map.of("sub", holder.subject(), "email", holder.email(), "email_verified", holder.emailVerified()));
    }

    private static Map<String, String> form(String encoded) {
        return Arrays.stream(encoded == null ? new String[0] : encoded.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8), (a, b) -> b));
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
