package bd.udbhabon.team;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.Visit;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.OfficeLevel;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Bogura deputy commissioner's office forms the Gabtali upazila team in the browser: chooses
 * the members, sees the rule it breaks in Bangla as it chooses, fixes it, issues the office order
 * and downloads its PDF and DOCX.
 */
@IntegrationTest
class TeamBrowserTests {

    private static final String UNMET = "১ জন সহকারী কমিশনার (ভূমি) নেই";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    ChromeDriver browser;
    Visit visit;
    long gabtali;
    UpazilaPosts posts;

    @BeforeEach
    void setUp() {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        gabtali = accounts.upazila(bogura, "Gabtali");
        accounts.create("gabtali-uno", Role.OFFICE_ADMIN, gabtali);
        accounts.create("bogura-ict", Role.OFFICE_ADMIN, bogura);
        posts = UpazilaPosts.create(new TeamDesk(port, "gabtali-uno"), gabtali, "গাবতলী");
        browser = Browser.start(1280, 1100);
        visit = new Visit(browser, port);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    @Test
    void theDistrictFormsAnUpazilaTeamFixesTheBrokenRuleIssuesAndDownloadsTheOrder() {
        visit.signIn("bogura-ict");
        visit.open("/offices/" + gabtali + "/team");
        assertThat(browser.findElement(By.cssSelector("[data-testid=no-team]")).getText()).contains("কোনো ইনোভেশন টিম ছিল না");
        visit.click("[data-testid=draft-link]");
        assertThat(visit.heading()).isEqualTo("টিম গঠন/পরিবর্তনের আদেশের খসড়া");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("জেলা প্রশাসকের কার্যালয়, বগুড়া");

        // six rows at first; the UNO heads the team, then the members without the assistant commissioner (land)
        visit.click("[data-testid=more-rows]");
        List<TeamDesk.Row> rows = posts.rows(false);
        for (int i = 0; i < 6; i++) {
            choose(i, rows.get(i));
        }
        visit.click("[data-testid=more-rows]");
        for (int i = 6; i < rows.size(); i++) {
            choose(i, rows.get(i));
        }
        awaitFindings(UNMET);
        visit.click("[data-testid=save-draft]");
        assertThat(browser.findElement(By.cssSelector("[data-testid=draft-saved]")).getText()).contains("খসড়া সংরক্ষিত হয়েছে");
        assertThat(unmet()).containsExactly(UNMET);
        assertThat(browser.findElements(By.cssSelector("[data-testid=finding-met]"))).hasSize(6);

        // the assistant commissioner (land) added in the next empty row: every rule met, as the page says at once
        choose(rows.size(), TeamDesk.Row.of(posts.acLand(), "MEMBER"));
        awaitFindings("সব শর্ত পূরণ হয়েছে।");
        visit.click("[data-testid=save-draft]");
        assertThat(unmet()).isEmpty();

        visit.click("[data-testid=to-issue]");
        assertThat(visit.heading()).isEqualTo("আদেশ জারি");
        // the district may have files already: the section to open one is then folded
        WebElement newFile = browser.findElement(By.cssSelector("details"));
        if (newFile.getDomAttribute("open") == null) {
            newFile.findElement(By.tagName("summary")).click();
        }
        browser.findElement(By.id("fileNumber")).sendKeys("০৫.১০.১০০০.০০০.১৩.০০৩.২৬");
        browser.findElement(By.id("subject")).sendKeys("গাবতলী উপজেলা ইনোভেশন টিম");
        visit.click("[data-testid=open-file]");
        assertThat(new Select(browser.findElement(By.id("memoFile"))).getFirstSelectedOption().getText())
                .startsWith("০৫.১০.১০০০.০০০.১৩.০০৩.২৬");
        browser.findElement(By.id("section")).sendKeys("আইসিটি শাখা");
        browser.findElement(By.id("signatoryName")).sendKeys("হোসনা আফরোজা");
        browser.findElement(By.id("signatoryDesignation")).sendKeys("জেলা প্রশাসক");
        browser.findElement(By.id("copies")).sendKeys("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ\nউপজেলা নির্বাহী অফিসার, গাবতলী\nঅফিস কপি");
        visit.click("[data-testid=issue]");
        // issue 19, point 9: checked, not issued; the number it will take is named, and only confirming it issues
        assertThat(browser.findElement(By.cssSelector("[data-testid=confirm-number]")).getText())
                .isEqualTo("এই নম্বরে জারি হবে: ০৫.১০.১০০০.০০০.১৩.০০৩.২৬.১। জারির পর বদলানো যাবে না।");
        visit.click("[data-testid=confirm-issue]");

        assertThat(browser.findElement(By.cssSelector("[data-testid=issued]")).getText())
                .isEqualTo("আদেশ জারি হয়েছে: স্মারক নম্বর ০৫.১০.১০০০.০০০.১৩.০০৩.২৬.১।");
        assertThat(browser.findElement(By.cssSelector("[data-testid=team-members]")).getText())
                .contains("সহকারী কমিশনার (ভূমি), গাবতলী", "ইনোভেশন অফিসার", "মোছাঃ নাসরিন আক্তার");

        String pdfText = Tools.pdfText(download("[data-testid=order-pdf]"));
        assertThat(pdfText).contains("অফিস আদেশ", "উপজেলা নির্বাহী অফিসার, গাবতলী", "সহকারী কমিশনার (ভূমি), গাবতলী",
                "নম্বর: ০৫.১০.১০০০.০০০.১৩.০০৩.২৬.১/১(৩)", "হোসনা আফরোজা");
        List<String> docx = Docx.paragraphs(Docx.valid(download("[data-testid=order-docx]")));
        assertThat(docx).contains("অফিস আদেশ", "সহকারী কমিশনার (ভূমি), গাবতলী", "হোসনা আফরোজা");
    }

    private void choose(int row, TeamDesk.Row member) {
        new Select(browser.findElement(By.name("members[" + row + "].post"))).selectByValue(String.valueOf(member.post()));
        new Select(browser.findElement(By.name("members[" + row + "].role"))).selectByValue(member.role());
    }

    /** Waits for the findings beside the form, which follow every change, to say {@code text}. */
    private void awaitFindings(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), text));
    }

    private List<String> unmet() {
        return browser.findElements(By.cssSelector("[data-testid=finding-unmet]")).stream()
                .map(e -> e.getText().replaceFirst("^✗\\s*", "")).toList();
    }

    /** Fetches a link's file in the page, with the browser's own session, as the officer's download would. */
    private byte[] download(String css) {
        String href = browser.findElement(By.cssSelector(css)).getDomAttribute("href");
        Object base64 = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                    .then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); })
                    .catch(e => done('failed: ' + e));""", href);
        assertThat(base64.toString()).doesNotStartWith("failed");
        return Base64.getDecoder().decode(base64.toString());
    }

}
