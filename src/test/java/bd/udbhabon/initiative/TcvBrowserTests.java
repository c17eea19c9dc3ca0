package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An office's writer records a simplified service's process and TCV in Chromium (issue 15, point 2): adds
 * room for a third step, types the figures in Bangla digits, is told in Bangla that a case cannot take more
 * than ten years with everything typed still there, corrects it and sees the chart and its table, a visit
 * more after than before shown as a loss.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class TcvBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InitiativeFixtures fixtures;

    ChromeDriver browser;
    Visit visit;
    long office;
    Initiative initiative;

    @BeforeEach
    void setUp() {
        office = fixtures.office(OfficeLevel.UPAZILA, null, null);
        initiative = fixtures.initiative(office, InitiativeKind.SIMPLIFICATION, "ব্রাউজার");
        accounts.create("tcv-browser-" + office, Role.MEMBER_SECRETARY, office);
        browser = Browser.start(1280, 1000);
        visit = new Visit(browser, port);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    private WebElement testId(String id) {
        return browser.findElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    private void type(WebElement box, String text) {
        box.clear();
        box.sendKeys(text);
    }

    @Test
    void aWriterRecordsTheProcessAndTcvIsToldWhatIsImpossibleAndSeesTheChartAndItsTable() {
        visit.signIn("tcv-browser-" + office);
        visit.open("/offices/" + office + "/initiatives/" + initiative.id() + "/tcv");
        assertThat(visit.heading()).isEqualTo("প্রক্রিয়া ও সময়-খরচ-যাতায়াত (TCV)");
        type(testId("before-0-text"), "ইউনিয়ন ভূমি অফিসে আবেদন জমা");
        type(testId("before-0-actor"), "নাগরিক");
        type(testId("before-1-text"), "সরেজমিন তদন্ত");
        visit.click("[data-testid=more-before]");
        assertThat(testId("before-0-text").getDomProperty("value")).as("what was typed stays").isEqualTo("ইউনিয়ন ভূমি অফিসে আবেদন জমা");
        type(testId("before-2-text"), "উপজেলা থেকে সনদ সংগ্রহ");
        type(testId("after-0-text"), "অনলাইনে আবেদন ও ই-মেইলে সনদ");
        type(browser.findElement(By.id("timeBefore")), "৪০০০");
        type(browser.findElement(By.id("timeAfter")), "৩");
        type(browser.findElement(By.id("costBefore")), "১২০০");
        type(browser.findElement(By.id("costAfter")), "৩০০");
        type(browser.findElement(By.id("visitsBefore")), "১");
        type(browser.findElement(By.id("visitsAfter")), "২");
        type(browser.findElement(By.id("casesPerYear")), "১২০০০");
        visit.setDate("measuredOn", "2025-10-01");
        visit.click("[data-testid=save-tcv]");

        assertThat(testId("timeBefore-error").getText()).isEqualTo("সময় ৩৬৫০ দিনের (১০ বছর) বেশি হতে পারে না।");
        assertThat(browser.findElement(By.id("timeBefore")).getDomProperty("value")).isEqualTo("৪০০০");
        assertThat(testId("before-2-text").getDomProperty("value")).isEqualTo("উপজেলা থেকে সনদ সংগ্রহ");
        assertThat(browser.findElements(By.cssSelector("[data-testid=tcv-chart]"))).as("nothing saved, nothing drawn").isEmpty();
        type(browser.findElement(By.id("timeBefore")), "১৫");
        visit.click("[data-testid=save-tcv]");

        assertThat(testId("tcv-saved").getText()).isEqualTo("প্রক্রিয়া ও TCV সংরক্ষিত হয়েছে।");
        assertThat(testId("steps-count").getText()).isEqualTo("ধাপ: আগে ৩টি, পরে ১টি।");
        WebElement chart = testId("tcv-chart");
        assertThat(chart.findElement(By.tagName("svg")).getSize().getWidth()).isGreaterThan(300);
        assertThat(chart.findElement(By.cssSelector("[data-testid=bars-time] [data-testid=bar-before]")).getSize().getHeight())
                .as("the larger of a pair is drawn taller").isGreaterThan(
                        chart.findElement(By.cssSelector("[data-testid=bars-time] [data-testid=bar-after]")).getSize().getHeight());
        assertThat(chart.findElement(By.cssSelector("[data-testid=bars-visits] [data-testid=bar-after]")).getAttribute("class"))
                .contains("bar-loss");
        List<String> time = testId("tcv-time").findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(time).containsExactly("১৫", "৩", "১২", "১,৪৪,০০০");
        assertThat(testId("tcv-visits").findElement(By.cssSelector("[data-testid=per-case]")).getText()).isEqualTo("-১ ক্ষতি");
        assertThat(testId("tcv-visits").findElement(By.cssSelector("[data-testid=per-year]")).getText()).isEqualTo("-১২,০০০ ক্ষতি");
        assertThat(testId("tcv-cost").findElement(By.cssSelector("[data-testid=per-year]")).getText()).isEqualTo("১,০৮,০০,০০০");
    }
}
