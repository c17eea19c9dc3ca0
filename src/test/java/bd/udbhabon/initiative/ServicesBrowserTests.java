package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An upazila's officer keeps the services register in Chromium (issue 15, point 3): from the office page to
 * the register, a service registered with a link that is no web address is refused beside the field with what
 * was typed still there; corrected, it is registered; a check finds it not running, and the register's summary
 * says so the seed's way.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class ServicesBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InitiativeFixtures fixtures;

    ChromeDriver browser;
    Visit visit;
    long upazila;
    Initiative initiative;

    @BeforeEach
    void setUp() {
        upazila = fixtures.office(OfficeLevel.UPAZILA, null, null);
        initiative = fixtures.initiative(upazila, InitiativeKind.DIGITISATION, "ভূমি সেবা");
        accounts.create("services-browser", Role.OFFICE_ADMIN, upazila);
        browser = Browser.start(1280, 1000);
        visit = new Visit(browser, port);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    private void type(String id, String text) {
        var box = browser.findElement(By.id(id));
        box.clear();
        box.sendKeys(text);
    }

    private String text(String testId) {
        return browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
    }

    @Test
    void anOfficerRegistersAServiceCorrectsItsLinkAndRecordsThatItStopped() {
        visit.signIn("services-browser");
        visit.open("/offices/" + upazila);
        visit.click("[data-testid=services-link]");
        assertThat(visit.heading()).isEqualTo("উদ্ভাবিত/সহজিকৃত/ডিজিটাইজকৃত সেবার নিবন্ধন");
        assertThat(text("services-summary")).isEqualTo("এ পর্যন্ত ০টি উদ্ভাবিত/সহজিকৃত/ডিজিটাইজকৃত সেবা নিবন্ধিত; যার মাঝে ০টি সেবা সচল রয়েছে।");

        visit.click("[data-testid=new-service]");
        type("nameBn", "অনলাইনে নামজারি");
        new Select(browser.findElement(By.id("kind"))).selectByValue("DIGITISED");
        type("link", "mutation.land.gov.bd");
        new Select(browser.findElement(By.id("initiativeId"))).selectByValue(Long.toString(initiative.id()));
        browser.findElement(By.cssSelector("[data-testid=service-running]")).click();
        visit.setDate("checkedOn", "2024-03-10");
        visit.click("[data-testid=save-service]");

        assertThat(text("link-error")).isEqualTo("\"mutation.land.gov.bd\" কোনো ওয়েব ঠিকানা নয়; লিংক http:// বা https:// দিয়ে শুরু হবে, যেমন https://seba.gov.bd।");
        assertThat(browser.findElement(By.id("nameBn")).getDomProperty("value")).isEqualTo("অনলাইনে নামজারি");
        assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getText()).isEqualTo("ডিজিটাইজকৃত");
        assertThat(browser.findElement(By.cssSelector("[data-testid=service-running]")).isSelected()).isTrue();

        type("link", "https://mutation.land.gov.bd");
        visit.click("[data-testid=save-service]");
        assertThat(visit.heading()).isEqualTo("অনলাইনে নামজারি");
        assertThat(text("service-state")).contains("সচল", "১০ মার্চ ২০২৪");
        assertThat(text("service-initiative")).isEqualTo(initiative.titleBn());

        browser.findElement(By.cssSelector("[data-testid=check-not-running]")).click();
        visit.setDate("on", "2024-03-20");
        type("noteBn", "সার্ভার বন্ধ");
        visit.click("[data-testid=save-check]");
        assertThat(text("service-state")).contains("সচল নয়", "২০ মার্চ ২০২৪");
        assertThat(browser.findElements(By.cssSelector("[data-testid=check]"))).hasSize(2);

        visit.open("/offices/" + upazila + "/services");
        assertThat(text("services-summary")).isEqualTo("এ পর্যন্ত ১টি উদ্ভাবিত/সহজিকৃত/ডিজিটাইজকৃত সেবা নিবন্ধিত; যার মাঝে ০টি সেবা সচল রয়েছে।");
        assertThat(browser.findElement(By.cssSelector("[data-testid=service]")).getText()).contains("অনলাইনে নামজারি", "ডিজিটাইজকৃত",
                "https://mutation.land.gov.bd", "সচল নয়");
    }
}
