package bd.udbhabon.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.Visit;
import bd.udbhabon.initiative.InitiativeFixtures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Showcasing in Chromium (issue 15, point 5): the organiser makes a showcase, types criteria whose weights do not
 * add up to 100 and is told so in Bangla with everything typed still there, corrects them; a judge of an upazila
 * is not offered their own office's entry, scores another in Bangla digits and sees it scored; the organiser sees
 * the ranking and chooses the best.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class ShowcaseBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ShowcaseFixtures fixtures;

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

    private WebElement byTestId(String id) {
        return browser.findElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    private void type(String name, String text) {
        WebElement box = browser.findElement(By.name(name));
        box.clear();
        box.sendKeys(text);
    }

    @Test
    void anOrganiserSetsUpAJudgeScoresAndTheRankingShows() {
        var made = fixtures.scoring("ব্রাউজার");

        // the organiser makes a new showcase; weights adding up to 90 are refused in Bangla, the rows kept
        visit.signIn(made.writer());
        visit.open("/offices/" + made.district());
        visit.click("[data-testid=showcases-link]");
        assertThat(byTestId("showcase-" + made.showcase().id()).getText()).contains(made.showcase().titleBn());
        visit.click("[data-testid=new-showcase]");
        type("titleBn", "বিভাগীয় উদ্ভাবনী শোকেসিং ২০২৪");
        visit.setDate("heldOn", "2024-06-15");
        type("venueBn", "সম্মেলন কক্ষ");
        visit.click("[data-testid=save-showcase]");
        assertThat(visit.heading()).isEqualTo("বিভাগীয় উদ্ভাবনী শোকেসিং ২০২৪");
        assertThat(byTestId("status").getText()).isEqualTo("প্রস্তুতি");
        type("criteria[0].nameBn", "উদ্ভাবনী মান");
        type("criteria[0].weight", "৬০");
        type("criteria[1].nameBn", "জনগণের উপকার");
        type("criteria[1].weight", "৩০");
        visit.click("[data-testid=save-criteria]");
        assertThat(byTestId("criteria-error").getText()).isEqualTo("মানদণ্ডগুলোর ভারের যোগফল ১০০ হতে হবে; এখন ৯০।");
        assertThat(byTestId("criterion-1-weight").getDomProperty("value")).isEqualTo("৩০");
        assertThat(byTestId("criterion-1-name").getDomProperty("value")).isEqualTo("জনগণের উপকার");
        type("criteria[1].weight", "৪০");
        visit.click("[data-testid=save-criteria]");
        assertThat(browser.findElements(By.cssSelector("[data-testid=criteria-error]"))).isEmpty();
        assertThat(byTestId("criterion-1-weight").getDomProperty("value")).isEqualTo("40");
        // the entry form offers the subtree's initiatives
        assertThat(new Select(byTestId("entry-choice")).getOptions()).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith(made.ofUpazila2().titleBn()));
        browser.manage().deleteAllCookies();

        // the upazila's judge (who cannot read the district's pages) finds the showcase on their start page; their own
        // office's entry is not offered; they score another in Bangla digits
        visit.signIn(made.upazilaJudge());
        visit.open("/tasks");
        assertThat(byTestId("showcase-score-task-" + made.showcase().id()).getText()).contains("২টি এন্ট্রিতে আপনার নম্বর দেওয়া বাকি")
                .contains(made.showcase().titleBn());
        visit.click("[data-testid=showcase-score-task-" + made.showcase().id() + "] a");
        assertThat(byTestId("own-office-note").getText()).contains("১টি");
        assertThat(browser.getPageSource()).doesNotContain(made.ofUpazila1().titleBn());
        String entryId = browser.findElements(By.cssSelector("section[data-testid^=score-entry-]")).stream()
                .filter(s -> s.getText().contains(made.ofUpazila2().titleBn())).findFirst().orElseThrow()
                .getDomAttribute("data-testid").substring("score-entry-".length());
        byTestId("score-" + entryId + "-0").sendKeys("১২");
        byTestId("score-" + entryId + "-1").sendKeys("১৮");
        visit.click("[data-testid=submit-score-" + entryId + "]");
        assertThat(byTestId("form-errors").getText()).contains("নম্বর এই মানদণ্ডের সর্বোচ্চ ১০-এর বেশি হতে পারে না।");
        assertThat(byTestId("score-" + entryId + "-1").getDomProperty("value")).isEqualTo("১৮");
        WebElement first = byTestId("score-" + entryId + "-0");
        first.clear();
        first.sendKeys("৯");
        visit.click("[data-testid=submit-score-" + entryId + "]");
        assertThat(byTestId("scored-" + entryId).getText()).isEqualTo("নম্বর দেওয়া হয়েছে");
        browser.manage().deleteAllCookies();

        // the organiser sees the ranking (54 + 36 = 90 out of 100) and chooses the best
        visit.signIn(made.writer());
        visit.open("/offices/" + made.district() + "/showcases/" + made.showcase().id());
        WebElement row = byTestId("entry-" + entryId);
        assertThat(row.findElement(By.cssSelector("[data-testid=rank]")).getText()).isEqualTo("১");
        assertThat(row.findElement(By.cssSelector("[data-testid=total]")).getText()).isEqualTo("৯০.০০");
        byTestId("select-" + entryId).click();
        visit.click("[data-testid=save-selection]");
        assertThat(byTestId("select-" + entryId).isSelected()).isTrue();
        assertThat(byTestId("publish-link").getText()).isEqualTo("ফলাফল প্রকাশ করুন");
        assertThat(List.of(byTestId("status").getText())).containsExactly("নম্বর প্রদান চলছে");
    }
}
