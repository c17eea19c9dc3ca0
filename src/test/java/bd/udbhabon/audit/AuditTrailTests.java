package bd.udbhabon.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Actor;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditTrailTests {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;
    @Autowired
    TestAccounts accounts;

    @Test
    void theApplicationsOwnDatabaseRoleCannotChangeOrRemoveEntries() {
        audit.record(new AuditEvent(Actor.SYSTEM, "test.entry", "test", "1", null, null, Map.of("n", 1)));
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("udbhabon_app");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set account_name = 'someone else'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).rootCause().hasMessageContaining("permission denied");
        // and the owner is stopped by the trigger
        assertThatThrownBy(() -> JdbcClient.create(owner).sql("delete from audit_entry").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theVerifyEndpointIsForNationalAuditorsOnly() {
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        accounts.create("national-auditor", Role.AUDITOR, accounts.cabinetDivision());
        accounts.create("division-auditor", Role.AUDITOR, rajshahi);

        var national = new Browsing(port);
        national.signIn("national-auditor", TestAccounts.PASSWORD);
        var answer = national.get("/api/v1/audit/verify");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"checked\"", "\"intact\":true", "পরিবর্তনের রেকর্ড অক্ষত");
        assertThat(national.get("/api/v1/audit/verify?lang=en").body()).contains("The record of changes is intact");

        var division = new Browsing(port);
        division.signIn("division-auditor", TestAccounts.PASSWORD);
        assertThat(division.get("/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(division.get("/offices/" + rajshahi + "/audit").status()).isEqualTo(200);
        assertThat(new Browsing(port).get("/api/v1/audit/verify").status()).isEqualTo(401);
    }

    @Test
    void anOfficeTrailShowsWhoDidWhatInBangla() {
        long dinajpur = accounts.office(OfficeLevel.DISTRICT, "Dinajpur");
        accounts.create("dinajpur-admin", Role.OFFICE_ADMIN, dinajpur);
        var admin = new Browsing(port);
        admin.signIn("dinajpur-admin", TestAccounts.PASSWORD);
        admin.get("/offices/" + dinajpur + "/users");
        var created = admin.post("/offices/" + dinajpur + "/users", Map.of("username", "new-member",
                "fullNameBn", "নতুন সদস্য", "fullNameEn", "New Member", "email", "", "role", "TEAM_MEMBER"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body()).contains("এককালীন পাসওয়ার্ড");

        var trail = admin.get("/offices/" + dinajpur + "/audit");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains("অ্যাকাউন্ট তৈরি", "dinajpur-admin", "নতুন সদস্য", "127.0.0.1");
    }
}
