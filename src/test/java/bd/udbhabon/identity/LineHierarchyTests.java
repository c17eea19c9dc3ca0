package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scope follows the line hierarchy too: a ministry reads, never writes, its directorates and their field offices. */
@IntegrationTest
class LineHierarchyTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMinistryReviewerReadsItsDirectorateAndTheDirectoratesDistrictOfficeButChangesNothing() {
        long ministry = office("MINISTRY", "মহিলা ও শিশু বিষয়ক মন্ত্রণালয়", "Ministry of Women and Children Affairs", null, accounts.cabinetDivision());
        long directorate = office("DIRECTORATE", "মহিলা বিষয়ক অধিদপ্তর", "Department of Women Affairs", null, ministry);
        long districtOffice = office("OTHER", "জেলা মহিলা বিষয়ক কার্যালয়, বগুড়া", "District Women Affairs Office, Bogura",
                accounts.office(bd.udbhabon.office.OfficeLevel.DISTRICT, "Bogura"), directorate);
        long otherMinistry = office("MINISTRY", "জনপ্রশাসন মন্ত্রণালয়", "Ministry of Public Administration", null, accounts.cabinetDivision());
        accounts.create("mowca-reviewer", Role.REVIEWER, ministry);

        try {
            var reviewer = new Browsing(port);
            reviewer.signIn("mowca-reviewer", TestAccounts.PASSWORD);
            assertThat(reviewer.get("/offices/" + directorate + "/users").status()).isEqualTo(200);
            assertThat(reviewer.get("/offices/" + districtOffice + "/users").status()).as("two steps down the line").isEqualTo(200);
            assertThat(reviewer.get("/offices/" + directorate + "/edit").status()).isEqualTo(403);
            assertThat(reviewer.get("/offices/" + otherMinistry + "/users").status()).as("an unrelated ministry").isEqualTo(403);
            assertThat(reviewer.get("/offices/" + accounts.cabinetDivision() + "/users").status()).as("its superior").isEqualTo(403);
        } finally { // the registry is shared by the tests that count it
            jdbc.sql("delete from role_grant where office_id in (:ids)").param("ids", java.util.List.of(ministry, otherMinistry)).update();
            for (long id : new long[] {districtOffice, directorate, ministry, otherMinistry}) {
                jdbc.sql("delete from office where id = :id").param("id", id).update();
            }
        }
    }

    private long office(String level, String nameBn, String nameEn, Long adminParent, Long lineParent) {
        return jdbc.sql("""
                        insert into office (level, name_bn, name_en, admin_parent_id, line_parent_id) values (:l, :bn, :en, :a, :p)
                        returning id
                        """)
                .param("l", level).param("bn", nameBn).param("en", nameEn).param("a", adminParent).param("p", lineParent)
                .query(Long.class).single();
    }
}
