package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.identity.FakeOidcProvider.Person;
import bd.udbhabon.office.OfficeLevel;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect sign-in through a real authorization-code flow against a {@link FakeOidcProvider}:
 * the provider only vouches for a person, so it must be an existing account that gets signed in,
 * found by the subject it was linked to or else by a verified e-mail address, and nobody else.
 * The provider is started before the application, which discovers it through its issuer URI.
 */
@IntegrationTest
class SingleSignOnTests {

    private static final FakeOidcProvider PROVIDER = new FakeOidcProvider("udbhabon");

    @DynamicPropertySource
    static void registerProvider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.test-idp.";
        registry.add(registration + "client-id", () -> "udbhabon");
        registry.add(registration + "client-secret", () -> "secret");
        registry.add(registration + "scope", () -> "openid,email");
        registry.add(registration + "client-name", () -> "Test IdP");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(registration + "provider", () -> "test-idp");
        registry.add("spring.security.oauth2.client.provider.test-idp.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoginPageOffersTheProvider() {
        var page = new Browsing(port).get("/login");
        assertThat(page.body()).contains("href=\"/oauth2/authorization/test-idp\"", "Test IdP দিয়ে লগইন করুন");
    }

    @Test
    void aVerifiedEMailOfAnAccountSignsInAndLinksTheSubject() {
        long id = account("sso-nasrin", "nasrin@rangpur.gov.bd", "Rangpur");
        PROVIDER.signsIn(new Person("nasrin-1", "Nasrin@Rangpur.gov.bd", true));

        var visit = new Browsing(port);
        assertThat(signInThroughProvider(visit)).isEqualTo("/");
        var me = visit.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"sso-nasrin\"");
        assertThat(subjectOf(id)).isEqualTo(PROVIDER.issuer() + "#nasrin-1");
        assertThat(jdbc.sql("select action from audit_entry where record_type = 'account' and record_id = :id")
                .param("id", Long.toString(id)).query(String.class).list()).containsExactly("login.succeeded.sso");
    }

    @Test
    void anUnverifiedOrUnknownEMailIsTurnedAway() {
        long id = account("sso-kamal", "kamal@sylhet.gov.bd", "Sylhet");
        for (var person : new Person[] {new Person("kamal-1", "kamal@sylhet.gov.bd", false),
                new Person("stranger-1", "stranger@example.org", true)}) {
            PROVIDER.signsIn(person);
            var visit = new Browsing(port);
            assertThat(signInThroughProvider(visit)).as(person.toString()).isEqualTo("/login?error=sso");
            assertThat(visit.get("/api/v1/me").status()).as(person.toString()).isEqualTo(401);
        }
        assertThat(subjectOf(id)).isNull();
    }

    @Test
    void aLinkedSubjectSignsInWhateverEMailTheProviderReportsLater() {
        long id = account("sso-rafiq", "rafiq@khulna.gov.bd", "Khulna");
        PROVIDER.signsIn(new Person("rafiq-1", "rafiq@khulna.gov.bd", true));
        assertThat(signInThroughProvider(new Browsing(port))).isEqualTo("/");
        assertThat(subjectOf(id)).isEqualTo(PROVIDER.issuer() + "#rafiq-1");

        PROVIDER.signsIn(new Person("rafiq-1", "rafiq.new@example.org", false));
        var visit = new Browsing(port);
        assertThat(signInThroughProvider(visit)).isEqualTo("/");
        assertThat(visit.get("/api/v1/me").body()).contains("\"username\":\"sso-rafiq\"");
    }

    /** Starts at our authorization link, passes the provider; returns the path (and query) our callback sends the person to. */
    private String signInThroughProvider(Browsing visit) {
        var toProvider = visit.get("/oauth2/authorization/test-idp");
        assertThat(toProvider.location()).startsWith(PROVIDER.issuer() + "/authorize?");
        var back = URI.create(PROVIDER.visit(toProvider.location()));
        assertThat(back.getPort()).isEqualTo(port);
        var landing = URI.create(visit.get(back.getRawPath() + "?" + back.getRawQuery()).location());
        assertThat(landing.getPort()).isIn(-1, port);
        return landing.getRawPath() + (landing.getRawQuery() == null ? "" : "?" + landing.getRawQuery());
    }

    private long account(String username, String email, String district) {
        long id = accounts.create(username, Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, district));
        jdbc.sql("update account set email = :e where id = :id").param("e", email).param("id", id).update();
        return id;
    }

    private String subjectOf(long id) {
        return jdbc.sql("select oidc_subject from account where id = :id").param("id", id).query(String.class).list().getFirst();
    }
}
