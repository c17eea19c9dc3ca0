package bd.udbhabon.office;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 19, point 11: a Cabinet Division reviewer finds offices: the Cabinet Division itself is on
 * the offices page, lists filter by level and division, the counts lead to the lists they count, and
 * the register of an office without decisions of its own leads to the offices below.
 */
@IntegrationTest
class ReviewerFindingTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DecisionRegister register;

    @Test
    void theOfficesPageListsTheCabinetDivisionFiltersAndCountsThatLeadToTheirLists() {
        Browsing anyone = new Browsing(port);
        String page = anyone.get("/offices").body();
        assertThat(page).contains("href=\"/offices/" + accounts.cabinetDivision() + "\"", "data-testid=\"cabinet-division\"",
                "মন্ত্রিপরিষদ বিভাগ", "data-testid=\"level-filter\"", "data-testid=\"division-filter\"");

        // the count of districts is a link to the 64 districts
        Matcher districts = Pattern.compile("<a href=\"([^\"]+)\" data-testid=\"count-DISTRICT\">([^<]+)</a>").matcher(page);
        assertThat(districts.find()).isTrue();
        assertThat(districts.group(2)).isEqualTo("৬৪");
        String list = anyone.get(districts.group(1).replace("&amp;", "&")).body();
        assertThat(list).contains("data-testid=\"result-count\">৬৪টি দপ্তর");

        // a division's "8 districts" leads to those 8 districts, and only those
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        assertThat(page).contains("href=\"/offices?level=DISTRICT&amp;division=" + rajshahi + "\"");
        String rajshahiDistricts = anyone.get("/offices?level=DISTRICT&division=" + rajshahi).body();
        assertThat(rajshahiDistricts).contains("৮টি দপ্তর", "পাবনা", "নাটোর").doesNotContain("কার্যালয়, দিনাজপুর");
        assertThat(rajshahiDistricts).contains("<option value=\"DISTRICT\" selected>", "<option value=\"" + rajshahi + "\" selected>");
        // upazilas of a division, with a name, in English
        String upazilas = anyone.get("/offices?level=UPAZILA&division=" + rajshahi + "&q=Sadar&lang=en").body();
        assertThat(upazilas).contains("Pabna Sadar").doesNotContain("Dinajpur Sadar");
        // a level that is none: a clear message, not an error page
        assertThat(anyone.get("/offices?level=PLANET").status()).isEqualTo(400);
    }

    @Test
    void theRegisterOfAnOfficeWithoutDecisionsOfItsOwnLeadsToTheOfficesBelow() {
        long khulnaDivision = accounts.office(OfficeLevel.DIVISION, "Khulna");
        long bagerhat = accounts.office(OfficeLevel.DISTRICT, "Bagerhat");
        long mongla = accounts.upazila(bagerhat, "Mongla");
        accounts.create("bagerhat-register-ms", Role.MEMBER_SECRETARY, bagerhat);
        LocalDate today = Dhaka.today();
        accounts.as("bagerhat-register-ms", () -> register.record(bagerhat, new NewDecision(null, null, null, today.minusDays(30),
                "বন্দর সেবা", "মোংলায় অনলাইন সেবা চালু করতে হবে", today.minusDays(5), List.of(Owner.office(mongla, "উপজেলা নির্বাহী অফিসার, মোংলা")))));
        accounts.create("finding-reviewer", Role.REVIEWER, accounts.cabinetDivision());
        Browsing reviewer = new Browsing(port);
        reviewer.signIn("finding-reviewer", TestAccounts.PASSWORD);

        String division = reviewer.get("/offices/" + khulnaDivision + "/decisions").body();
        assertThat(division).contains("data-testid=\"offices-below\"", "href=\"/offices/" + khulnaDivision + "/decisions/scope\"",
                "href=\"/offices/" + bagerhat + "/decisions\"").doesNotContain("data-testid=\"no-decisions\"");
        // the district's register has its decision
        assertThat(reviewer.get("/offices/" + bagerhat + "/decisions").body()).contains("মোংলায় অনলাইন সেবা চালু করতে হবে")
                .doesNotContain("data-testid=\"offices-below\"");
        // an upazila with nothing below and nothing decided says so, as before
        assertThat(reviewer.get("/offices/" + mongla + "/decisions").body()).contains("data-testid=\"no-decisions\"");
    }
}
