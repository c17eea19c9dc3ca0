package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An office administrator staffs their office and its subordinates, and nothing else. */
@IntegrationTest
class AccountAdministrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAnAccountForASubordinateOfficeWhichMustChangeItsPassword() {
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        long upazila = accounts.upazila(pabna, "Sujanagar");
        accounts.create("pabna-admin", Role.OFFICE_ADMIN, pabna);
        var admin = new Browsing(port);
        admin.signIn("pabna-admin", TestAccounts.PASSWORD);

        admin.get("/offices/" + upazila + "/users");
        var invalid = admin.post("/offices/" + upazila + "/users", Map.of("username", "X Y", "fullNameBn", "",
                "email", "not-mail", "role", "SYSTEM_ADMIN"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("ইউজার নেম ৩ থেকে ৬৪ অক্ষরের", "ই-মেইল ঠিকানাটি সঠিক নয়", "নাম দিন",
                "এই দপ্তরে এই ভূমিকা দেওয়ার অনুমতি আপনার নেই", "value=\"X Y\"", "value=\"not-mail\"");

        var created = admin.post("/offices/" + upazila + "/users", Map.of("username", "uno-ishwardi",
                "fullNameBn", "মোঃ আব্দুল করিম", "fullNameEn", "Md. Abdul Karim", "email", "uno@ishwardi.pabna.gov.bd",
                "role", "TEAM_HEAD"));
        var password = Pattern.compile("data-testid=\"one-time-password\">([A-Za-z0-9]+)<").matcher(created.body());
        assertThat(password.find()).as(created.body()).isTrue();

        var newcomer = new Browsing(port);
        assertThat(newcomer.signIn("uno-ishwardi", password.group(1)).location()).endsWith("/account/password");

        long id = jdbc.sql("select id from account where username = 'uno-ishwardi'").query(Long.class).single();
        admin.get("/offices/" + upazila + "/users");
        assertThat(admin.post("/offices/" + upazila + "/users/" + id + "/roles", Map.of("role", "MEMBER_SECRETARY")).status()).isEqualTo(302);
        assertThat(jdbc.sql("select role from role_grant where account_id = :id order by role").param("id", id)
                .query(String.class).list()).containsExactly("MEMBER_SECRETARY", "TEAM_HEAD");
        assertThat(jdbc.sql("select action from audit_entry where record_type = 'account' and record_id = :id order by id")
                .param("id", Long.toString(id)).query(String.class).list())
                .containsSubsequence("account.created", "login.succeeded", "role.granted");

        var reset = admin.post("/offices/" + upazila + "/users/" + id + "/password-reset", Map.of());
        assertThat(reset.body()).contains("এককালীন পাসওয়ার্ড");
    }

    @Test
    void anAdministratorOfAnotherDistrictCannotResetOrGiveRolesHere() {
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long member = accounts.create("pabna-member", Role.TEAM_MEMBER, pabna);
        accounts.create("natore-admin", Role.OFFICE_ADMIN, natore);
        var outsider = new Browsing(port);
        outsider.signIn("natore-admin", TestAccounts.PASSWORD);
        outsider.get("/offices/" + natore + "/users");
        assertThat(outsider.post("/offices/" + pabna + "/users/" + member + "/password-reset", Map.of()).status()).isEqualTo(403);
        assertThat(outsider.post("/offices/" + pabna + "/users/" + member + "/roles", Map.of("role", "OFFICE_ADMIN")).status()).isEqualTo(403);
        // through their own office's address, the account that holds no role there is still out of reach
        assertThat(outsider.post("/offices/" + natore + "/users/" + member + "/password-reset", Map.of()).status()).isEqualTo(403);
    }
}
