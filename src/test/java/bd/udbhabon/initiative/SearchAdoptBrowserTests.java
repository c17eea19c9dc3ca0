package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.office.OfficeLevel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15, point 4 in Chromium: an upazila's writer finds another district's initiative by part of a Bangla
 * word (the results come as they type), narrows it by level, sees its office, district and saving, adopts it in
 * their office with their own title, and lands on the new replication's page.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class SearchAdoptBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    Initiatives read;

    ChromeDriver browser;
    Visit visit;

    @BeforeEach
    void setUp() {
        browser = Browser.start(1280, 1000);
        visit = new Visit(browser, port);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    @Test
    void aWriterFindsAnotherDistrictsInitiativeAndAdoptsIt() {
        long district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        long mine = fixtures.office(OfficeLevel.UPAZILA, null, null);
        String tag = "b" + System.nanoTime();
        Initiative original = initiatives.create(upazila, new NewInitiative(InitiativeKind.DIGITISATION, "ঘরে বসে ওয়ারিশ সনদ " + tag,
                "Succession certificate from home " + tag, "ওয়ারিশ সনদ", false, "সনদের জন্য তিনবার ইউনিয়ন পরিষদে আসতে হয়", null,
                "অনলাইনে আবেদন ও ডাকযোগে সনদ", null, List.of(), Stage.IDEA, LocalDate.of(2024, 3, 1), null));
        initiatives.create(district, new NewInitiative(InitiativeKind.IDEA, "জেলায় ঘরে বসে ওয়ারিশ সনদ " + tag, null, "ওয়ারিশ সনদ",
                false, "দেরি", null, "অনলাইনে আবেদন", null, List.of(), Stage.IDEA, LocalDate.of(2024, 3, 1), null));
        String username = "search-browser-" + mine;
        accounts.create(username, Role.MEMBER_SECRETARY, mine);

        visit.signIn(username);
        visit.click("[data-testid=nav-initiative-search]");
        assertThat(browser.findElement(By.cssSelector("[data-testid=search-empty]")).getText()).contains("কিছু লিখুন");

        browser.findElement(By.cssSelector("[data-testid=initiative-search]")).sendKeys("রিশ সনদ " + tag.substring(0, tag.length() - 2)); // parts of words at both ends
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        String row = "[data-testid=hit-" + original.id() + "]";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
        assertThat(browser.findElement(By.cssSelector("[data-testid=result-count]")).getText()).contains("২টি উদ্যোগ");
        new Select(browser.findElement(By.id("level"))).selectByValue("UPAZILA");
        wait.until(ExpectedConditions.urlContains("level=UPAZILA"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=result-count]"), "১টি উদ্যোগ"));
        String found = browser.findElement(By.cssSelector(row)).getText();
        assertThat(found).contains("ঘরে বসে ওয়ারিশ সনদ " + tag).contains("ধারণা").contains("মাপা হয়নি");

        visit.click("[data-testid=adopt-" + original.id() + "]");
        assertThat(visit.heading()).contains("ঘরে বসে ওয়ারিশ সনদ");
        var title = browser.findElement(By.id("titleBn"));
        title.clear();
        title.sendKeys("ঘরে বসে ওয়ারিশ সনদ, আমাদের উপজেলায় " + tag);
        visit.click("[data-testid=adopt-submit]");

        Initiative replication = read.replications(original.id()).getFirst();
        assertThat(replication.officeId()).isEqualTo(mine);
        assertThat(replication.titleBn()).isEqualTo("ঘরে বসে ওয়ারিশ সনদ, আমাদের উপজেলায় " + tag);
        assertThat(browser.getCurrentUrl()).endsWith("/offices/" + mine + "/initiatives/" + replication.id());
    }
}
