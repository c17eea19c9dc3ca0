package bd.udbhabon.plan;

import org.springframework.test.context.TestPropertySource;
import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An office's member-secretary fills the first quarter's progress in Chromium at 1280 px: a percent over
 * 100 is said beside its cell with every figure and note still there; corrected, the draft is saved and
 * the page scores it as seed 004's worked example (12.10 of 50, the rule named beside it).
 */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
class PlanProgressBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PlanFixtures fixtures;

    ChromeDriver browser;
    Visit visit;
    long office;
    List<PlanTemplate.Indicator> indicators;

    @BeforeEach
    void setUp() {
        office = fixtures.office(OfficeLevel.DIRECTORATE, null, null);
        indicators = fixtures.plan(office, new FiscalYear(2023)).current().content().indicators().toList();
        accounts.create("progress-browser", Role.MEMBER_SECRETARY, office);
        browser = Browser.start(1280, 1000);
        visit = new Visit(browser, port);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    private String id(String code, String field) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).code().latin().equals(code)) {
                return "row" + i + "-" + field;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private void type(String id, String text) {
        var box = browser.findElement(By.id(id));
        box.clear();
        box.sendKeys(text);
    }

    @Test
    void aMemberSecretaryFillsTheQuarterCorrectsAPercentAndSeesTheScore() {
        visit.signIn("progress-browser");
        visit.open("/offices/" + office + "/plans/2023-24/progress/1");
        assertThat(visit.heading()).isEqualTo("কর্মপরিকল্পনার অগ্রগতি ২০২৩-২৪: ১ম প্রান্তিক (জুলাই–সেপ্টেম্বর)");
        assertThat(browser.findElement(By.cssSelector("[data-testid=plan-score]")).getText()).contains("মোট ০.০০ / ৫০");
        type(id("[1.4.1]", "achieved"), "১৪০%");
        type(id("[1.2.1]", "achieved"), "৬১");
        type(id("[1.5.1]", "achieved"), "১");
        type(id("[1.5.1]", "note"), "স্মার্ট বাংলাদেশ বিষয়ক কর্মশালা, ২৮ সেপ্টেম্বর");
        visit.click("[data-testid=save-progress]");

        assertThat(browser.findElement(By.cssSelector("[data-testid=" + id("[1.4.1]", "achieved") + "-error]")).getText())
                .isEqualTo("“১৪০%” হতে পারে না: শতকরা হার ০ থেকে ১০০-এর মধ্যে।");
        assertThat(browser.findElement(By.id(id("[1.4.1]", "achieved"))).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id(id("[1.2.1]", "achieved"))).getDomProperty("value")).isEqualTo("৬১");
        assertThat(browser.findElement(By.id(id("[1.5.1]", "note"))).getDomProperty("value"))
                .isEqualTo("স্মার্ট বাংলাদেশ বিষয়ক কর্মশালা, ২৮ সেপ্টেম্বর");

        type(id("[1.4.1]", "achieved"), "৯৭.৭৬%");
        visit.click("[data-testid=save-progress]");
        assertThat(browser.findElements(By.cssSelector("[data-testid=form-errors]"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-testid=plan-score]")).getText())
                .contains("মোট ১২.১০ / ৫০", "নিয়ম: নিম্নতর কলামের হার");
        assertThat(browser.findElement(By.cssSelector("[data-testid=" + id("[1.5.1]", "score") + "]")).getText())
                .contains("চলতি মান কলাম (৭০%)", "২.১০ / ৩");
        assertThat(browser.findElement(By.id(id("[1.4.1]", "achieved"))).getDomProperty("value")).isEqualTo("৯৭.৭৬%");
        // the table-form stays a table at desktop width
        assertThat(browser.findElement(By.cssSelector("table.plan-progress thead")).isDisplayed()).isTrue();
    }
}
