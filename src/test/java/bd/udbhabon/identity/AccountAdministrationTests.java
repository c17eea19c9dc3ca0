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

    @Test
    void anAdministratorCannotGiveItselfAWritingRoleBelowButStaffsTheOfficesBelow() {
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        long upazila = accounts.upazila(pabna, "Bera");
        long me = accounts.create("pabna-self-admin", Role.OFFICE_ADMIN, pabna);
        long officer = accounts.create("bera-officer", Role.TEAM_MEMBER, upazila);
        var admin = new Browsing(port);
        admin.signIn("pabna-self-admin", TestAccounts.PASSWORD);
        admin.get("/offices/" + upazila + "/users");

        var refused = admin.post("/offices/" + upazila + "/users/" + me + "/roles", Map.of("role", "TEAM_HEAD"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("নিজেকে এমন ভূমিকা দেওয়া যায় না যাতে এই দপ্তরে আপনার ক্ষমতা বাড়ে")
                .doesNotContain("Exception");
        assertThat(admin.post("/offices/" + upazila + "/users/" + me + "/roles", Map.of("role", "OFFICE_ADMIN")).status())
                .as("nor another administration there: it would write the upazila's records").isEqualTo(403);
        assertThat(roles(me)).containsExactly(pabna + ":OFFICE_ADMIN");

        // reading what it already reads is no gain; and the upazila's own people it staffs as before
        assertThat(admin.post("/offices/" + upazila + "/users/" + me + "/roles", Map.of("role", "AUDITOR")).status()).isEqualTo(302);
        assertThat(admin.post("/offices/" + upazila + "/users/" + officer + "/roles", Map.of("role", "TEAM_HEAD")).status()).isEqualTo(302);
        assertThat(roles(officer)).contains(upazila + ":TEAM_HEAD");
    }

    @Test
    void anAccountOfAnotherOfficeIsAttachedOnlyByItsOwnOfficesOrANationalAdministrator() {
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long stranger = accounts.create("natore-officer", Role.TEAM_MEMBER, natore);
        long own = accounts.create("pabna-officer", Role.TEAM_MEMBER, pabna);
        accounts.create("pabna-attach-admin", Role.OFFICE_ADMIN, pabna);
        accounts.create("natore-attach-admin", Role.OFFICE_ADMIN, natore);
        accounts.create("national-admin", Role.SYSTEM_ADMIN, accounts.cabinetDivision());

        var pabnaAdmin = new Browsing(port);
        pabnaAdmin.signIn("pabna-attach-admin", TestAccounts.PASSWORD);
        pabnaAdmin.get("/offices/" + pabna + "/users");
        var refused = pabnaAdmin.post("/offices/" + pabna + "/users/" + stranger + "/roles", Map.of("role", "TEAM_MEMBER"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("অ্যাকাউন্টটি অন্য দপ্তরের").doesNotContain("Exception");
        assertThat(roles(stranger)).containsExactly(natore + ":TEAM_MEMBER");
        // its own office's account it attaches to an office below
        long upazila = accounts.upazila(pabna, "Sujanagar");
        assertThat(pabnaAdmin.post("/offices/" + upazila + "/users/" + own + "/roles", Map.of("role", "MEMBER_SECRETARY")).status()).isEqualTo(302);

        // Natore's administrator may not give roles at Pabna, but a national administrator attaches anyone
        var natoreAdmin = new Browsing(port);
        natoreAdmin.signIn("natore-attach-admin", TestAccounts.PASSWORD);
        natoreAdmin.get("/offices/" + natore + "/users");
        assertThat(natoreAdmin.post("/offices/" + pabna + "/users/" + stranger + "/roles", Map.of("role", "TEAM_MEMBER")).status()).isEqualTo(403);
        var national = new Browsing(port);
        national.signIn("national-admin", TestAccounts.PASSWORD);
        national.get("/offices/" + pabna + "/users");
        assertThat(national.post("/offices/" + pabna + "/users/" + stranger + "/roles", Map.of("role", "TEAM_MEMBER")).status()).isEqualTo(302);
        assertThat(roles(stranger)).containsExactlyInAnyOrder(natore + ":TEAM_MEMBER", pabna + ":TEAM_MEMBER");
    }

    private java.util.List<String> roles(long accountId) {
        return jdbc.sql("select office_id || ':' || role from role_grant where account_id = :id order by office_id, role")
                .param("id", accountId).query(String.class).list();
    }
}
