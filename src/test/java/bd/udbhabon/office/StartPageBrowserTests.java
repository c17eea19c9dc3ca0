package bd.udbhabon.office;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, points 4 and 11, on a 360 px phone: signing in lands on the start page, whose task leads
 * to where the work is done; the offices page's filters find a division's districts.
 */
@IntegrationTest
class StartPageBrowserTests {

    static ChromeDriver browser;
    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater compliance;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start(360, 800);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signingInLandsOnTheStartPageAndATaskLeadsToItsWork() {
        long gopalganj = accounts.office(OfficeLevel.DISTRICT, "Gopalganj");
        long kotalipara = accounts.upazila(gopalganj, "Kotalipara");
        new TeamFixtures(jdbc, offices, compliance).upazilaTeam(kotalipara, false);
        accounts.create("kotalipara-head", Role.TEAM_HEAD, kotalipara);
        browser.manage().deleteAllCookies();
        Visit visit = new Visit(browser, port);
        visit.signIn("kotalipara-head");
        assertThat(visit.heading()).isEqualTo("আমার দপ্তর, আমার কাজ");
        var failing = browser.findElement(By.cssSelector("[data-testid=task-team-failing]"));
        assertThat(failing.getText()).contains("১টি শর্ত", "দক্ষতা");
        // as the phone's width is what the window gives (headless Chromium keeps a minimum), compare with it
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no sideways scrolling on a phone").isEqualTo(true);
        visit.click("[data-testid=task-team-failing] a");
        assertThat(browser.getCurrentUrl()).endsWith("/offices/" + kotalipara + "/team");
    }

    @Test
    void theFiltersFindADivisionsDistricts() {
        browser.manage().deleteAllCookies();
        Visit visit = new Visit(browser, port);
        visit.open("/offices");
        assertThat(browser.findElement(By.cssSelector("[data-testid=cabinet-division]")).getText()).contains("মন্ত্রিপরিষদ বিভাগ");
        new Select(browser.findElement(By.id("level"))).selectByValue("DISTRICT");
        new Select(browser.findElement(By.id("division"))).selectByVisibleText("রাজশাহী");
        visit.click("#office-filters button[type=submit]");
        assertThat(browser.findElement(By.cssSelector("[data-testid=result-count]")).getText()).isEqualTo("৮টি দপ্তর");
        String upazilas = browser.findElement(By.cssSelector("[data-testid=count-UPAZILA]")).getText();
        assertThat(upazilas).matches("[০-৯]+"); // other tests may add offices: the count the page shows is the one the list must match
        visit.click("[data-testid=count-UPAZILA]");
        assertThat(browser.findElement(By.cssSelector("[data-testid=result-count]")).getText()).isEqualTo(upazilas + "টি দপ্তর");
    }
}
