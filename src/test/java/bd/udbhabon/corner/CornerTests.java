package bd.udbhabon.corner;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.IssueConfirming;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Anyone, without signing in, reads an office's innovation corner: the team with the roles as the
 * order prints them, the issued order as PDF, and how the decisions of each meeting are being
 * implemented; never a draft.
 */
@IntegrationTest
class CornerTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DecisionRegister register;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenReadsTheTeamItsOrderAndTheDecisionsImplementation() {
        long sylhet = accounts.office(OfficeLevel.DISTRICT, "Sylhet");
        accounts.create("sylhet-dc", Role.OFFICE_ADMIN, sylhet);
        Browsing dc = new Browsing(port);
        dc.signIn("sylhet-dc", TestAccounts.PASSWORD);
        dc.get("/account");
        long head = post(dc, sylhet, "অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি), সিলেট", "ADDITIONAL_DEPUTY_COMMISSIONER");
        long programmer = post(dc, sylhet, "প্রোগ্রামার, জেলা কার্যালয়, সিলেট", "PROGRAMMER");
        assertThat(dc.post("/offices/" + sylhet + "/team/draft", form("kind", "FORMATION", "effectiveFrom", "2026-01-05",
                "preamble", "জেলা ইনোভেশন টিম গঠন করা হলো:", "closing", "", "action", "save",
                "members[0].post", String.valueOf(head), "members[0].role", "HEAD", "members[0].label", "",
                "members[1].post", String.valueOf(programmer), "members[1].role", "MEMBER_SECRETARY", "members[1].label", "")).status()).isEqualTo(302);

        Browsing citizen = new Browsing(port);
        String before = citizen.get("/corner/" + sylhet).body();
        assertThat(before).contains("ইনোভেশন কর্নার", "জেলা প্রশাসকের কার্যালয়, সিলেট")
                .as("a draft is not published").contains("data-testid=\"corner-no-team\"")
                .doesNotContain("প্রোগ্রামার, জেলা কার্যালয়, সিলেট");

        var page = dc.post("/offices/" + sylhet + "/team/issue/file", java.util.Map.of("fileNumber", "০৫.৪৬.৯১০০.০০০.১৩.০০১.২৬",
                "subject", "জেলা ইনোভেশন টিম", "nextSerial", "1"));
        String file = page.body().replaceAll("(?s).*<option value=\"(\\d+)\" selected.*", "$1");
        var issued = IssueConfirming.confirm(dc, port, dc.post("/offices/" + sylhet + "/team/issue", java.util.Map.of("memoFile", file, "issuedOn", "2026-01-05",
                "section", "", "signatoryName", "জেলা প্রশাসক, সিলেট", "signatoryDesignation", "জেলা প্রশাসক",
                "signatoryPhone", "", "signatoryEmail", "", "copies", "অফিস কপি", "justification", "পরীক্ষা")));
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        long order = Long.parseLong(issued.location().replaceAll(".*issued=(\\d+).*", "$1"));
        accounts.as("sylhet-dc", () -> register.record(sylhet, new NewDecision(77_001L, 1, "জেলা ইনোভেশন টিমের সভা, ১২ জানুয়ারি ২০২৬",
                LocalDate.of(2026, 1, 12), null, "ইনোভেশন কর্নার হালনাগাদ করতে হবে।", LocalDate.of(2026, 2, 1),
                List.of(Owner.office(sylhet, "জেলা প্রশাসক, সিলেট")))));

        String corner = citizen.get("/corner/" + sylhet).body();
        assertThat(corner).contains("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি), সিলেট", "ইনোভেশন অফিসার", "সদস্য সচিব",
                "০৫.৪৬.৯১০০.০০০.১৩.০০১.২৬.১", "জেলা ইনোভেশন টিমের সভা, ১২ জানুয়ারি ২০২৬",
                "১টি সিদ্ধান্তের মধ্যে ০টি বাস্তবায়িত; বাস্তবায়নের হার ০%");
        var pdf = citizen.bytes("/corner/" + sylhet + "/orders/" + order + ".pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(citizen.bytes("/corner/" + accounts.office(OfficeLevel.DISTRICT, "Bogura") + "/orders/" + order + ".pdf").status())
                .as("an order through another office's corner").isEqualTo(404);
        assertThat(citizen.get("/corner/999999").status()).isEqualTo(404);
    }

    private static java.util.Map<String, String> form(String... keysAndValues) {
        var form = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    private static long post(Browsing user, long office, String title, String grade) {
        var page = user.post("/offices/" + office + "/people/posts/new",
                java.util.Map.of("title_bn", title, "title_en", "", "grade", grade));
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return Long.parseLong(page.location().replaceAll(".*/(\\d+)$", "$1"));
    }
}
