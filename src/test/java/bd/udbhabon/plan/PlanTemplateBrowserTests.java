package bd.udbhabon.plan;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Cabinet Division administrator enters a template in Chromium: a weight that does not add up is said
 * beside its cell with everything typed still there; corrected, it is saved, published, and its edit
 * announces a new version.
 */
@IntegrationTest
class PlanTemplateBrowserTests {

    private static final String TITLE = "জেলা কর্মপরিকল্পনা ২০৩৪-৩৫ (ব্রাউজার পরীক্ষা)";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    ChromeDriver browser;
    Visit visit;

    @BeforeEach
    void setUp() {
        accounts.create("plan-browser", Role.OFFICE_ADMIN, accounts.cabinetDivision());
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

    @Test
    void anAdministratorEntersATemplateCorrectsAWeightAndPublishesIt() {
        visit.signIn("plan-browser");
        visit.open("/plan-templates");
        visit.click("[data-testid=new-template]");
        assertThat(visit.heading()).isEqualTo("নতুন ছক");
        type("fiscal_year", "২০৩৪-৩৫");
        new Select(browser.findElement(By.id("level"))).selectByValue("DISTRICT");
        type("title_bn", TITLE);
        type("total_weight", "৫");
        type("row0-code", "[১.১.১]");
        type("row0-section_title", "ই-গভর্ন্যান্স জোরদারকরণ");
        type("row0-section_weight", "৫");
        type("row0-activity_title", "সেবা সহজিকরণ");
        type("row0-indicator", "ন্যূনতম একটি সেবা সহজিকৃত");
        type("row0-unit", "তারিখ");
        type("row0-calculation", "তারিখ");
        type("row0-weight", "৪");
        type("row0-target_100", "১৫-০৩-২০৩৫");
        type("row0-target_90", "৩০-০৩-২০৩৫");
        type("row0-evidence", "অফিস আদেশ");
        visit.click("[data-testid=save-template]");

        assertThat(browser.findElement(By.cssSelector("[data-testid=row0-section_weight-error]")).getText())
                .isEqualTo("কৌশলগত উদ্দেশ্য ১-এর সূচকগুলোর মানের যোগফল ৪, কিন্তু উদ্দেশ্যের মান ৫।");
        assertThat(browser.findElement(By.cssSelector("[data-testid=form-errors] li")).getText())
                .as("the summary's figures in Bangla digits too").isEqualTo("কৌশলগত উদ্দেশ্য ১-এর সূচকগুলোর মানের যোগফল ৪, কিন্তু উদ্দেশ্যের মান ৫।");
        assertThat(browser.findElement(By.id("row0-section_weight")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("title_bn")).getDomProperty("value")).isEqualTo(TITLE);
        assertThat(browser.findElement(By.id("row0-indicator")).getDomProperty("value")).isEqualTo("ন্যূনতম একটি সেবা সহজিকৃত");
        assertThat(browser.findElement(By.id("row0-target_90")).getDomProperty("value")).isEqualTo("৩০-০৩-২০৩৫");
        assertThat(new Select(browser.findElement(By.id("level"))).getFirstSelectedOption().getDomProperty("value")).isEqualTo("DISTRICT");

        type("row0-weight", "৫");
        visit.click("[data-testid=save-template]");
        assertThat(visit.heading()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("খসড়া");
        assertThat(browser.findElement(By.cssSelector("tr[data-testid='indicator-[1.1.1]']")).getText())
                .contains("[১.১.১] ন্যূনতম একটি সেবা সহজিকৃত", "১৫-০৩-২০৩৫", "৩০-০৩-২০৩৫");

        visit.click("[data-testid=publish-template]");
        assertThat(browser.findElement(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("প্রকাশিত");
        visit.click("[data-testid=edit-template]");
        assertThat(visit.heading()).isEqualTo("নতুন সংস্করণ তৈরি");
        assertThat(browser.findElement(By.cssSelector("[data-testid=new-version-note]")).getText()).contains("সংস্করণ ১ প্রকাশিত");
    }
}
