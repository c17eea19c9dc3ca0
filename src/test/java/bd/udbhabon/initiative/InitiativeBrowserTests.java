package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * Issue 15, point 1 in Chromium: an upazila's member-secretary records an idea through the form, moves it
 * straight to pilot, is told in Bangla that the skip needs its reason (the note typed still there), gives the
 * reason with the pilot's order as evidence, and the file downloads from the history; the district's reviewer
 * comments as the district, and the comment shows on the page.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class InitiativeBrowserTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InitiativeFixtures fixtures;

    ChromeDriver browser;
    Visit visit;
    long district;
    long upazila;
    Path evidence;

    @BeforeEach
    void setUp() throws IOException {
        district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        accounts.create("ib-writer", Role.MEMBER_SECRETARY, upazila);
        accounts.create("ib-reviewer", Role.REVIEWER, district);
        evidence = Files.createTempFile("pilot-order", ".pdf");
        Files.write(evidence, PDF);
        browser = Browser.start(1280, 1000);
        visit = new Visit(browser, port);
    }

    @AfterEach
    void tearDown() throws IOException {
        browser.quit();
        Files.deleteIfExists(evidence);
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
    void aWriterRecordsAnIdeaSkipsToPilotWithAReasonAndEvidenceAndASuperiorComments() {
        visit.signIn("ib-writer");
        visit.open("/offices/" + upazila);
        visit.click("[data-testid=initiatives-link]");
        assertThat(visit.heading()).isEqualTo("উদ্ভাবনী উদ্যোগ");
        visit.click("[data-testid=new-initiative]");
        new Select(browser.findElement(By.id("kind"))).selectByValue("IDEA");
        type("titleBn", "ই-নথিতে দ্রুত নিষ্পত্তি");
        type("serviceBn", "নথি নিষ্পত্তি");
        type("problemBn", "নথি নিষ্পত্তিতে দীর্ঘ সময় লাগে");
        type("solutionBn", "ই-নথিতে সব নথি উপস্থাপন");
        visit.setDate("since", "2024-01-15");
        visit.click("[data-testid=save-initiative]");
        assertThat(visit.heading()).isEqualTo("ই-নথিতে দ্রুত নিষ্পত্তি");
        assertThat(text("stage")).isEqualTo("ধারণা");

        // straight to pilot: a skip, refused beside the reason with the note kept
        new Select(browser.findElement(By.id("to"))).selectByValue("PILOT");
        assertThat(new Select(browser.findElement(By.id("to"))).getFirstSelectedOption().getText()).contains("কারণ লিখতে হবে");
        visit.setDate("on", "2024-03-01");
        type("noteBn", "উপজেলা টিমের সভার সিদ্ধান্ত");
        browser.findElement(By.id("evidence")).sendKeys(evidence.toAbsolutePath().toString());
        visit.click("[data-testid=save-move]");
        assertThat(text("reasonBn-error")).isEqualTo("\"ধারণা\" থেকে \"পাইলটিং\" ধাপে যেতে মাঝের ধাপ বাদ পড়ছে; কারণ লিখুন।");
        assertThat(browser.findElement(By.id("noteBn")).getDomProperty("value")).isEqualTo("উপজেলা টিমের সভার সিদ্ধান্ত");
        assertThat(text("stage")).isEqualTo("ধারণা");

        type("reasonBn", "প্রসেস ম্যাপ জেলা টিম আগেই করেছে");
        browser.findElement(By.id("evidence")).sendKeys(evidence.toAbsolutePath().toString());
        visit.click("[data-testid=save-move]");
        assertThat(browser.findElements(By.cssSelector("[data-testid=form-errors]"))).isEmpty();
        assertThat(text("stage")).isEqualTo("পাইলটিং");
        assertThat(text("history-PILOT")).contains("১ মার্চ ২০২৪", "প্রসেস ম্যাপ জেলা টিম আগেই করেছে", "উপজেলা টিমের সভার সিদ্ধান্ত");
        var link = browser.findElement(By.cssSelector("[data-testid=history-PILOT] [data-testid=evidence]"));
        assertThat(link.getText()).startsWith("pilot-order");
        // the browser's own session fetches the file as a click would
        @SuppressWarnings("unchecked")
        var fetched = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done({status: r.status, type: r.headers.get('content-type'),
                    disposition: r.headers.get('content-disposition'), start: t.slice(0, 8)})));""", link.getAttribute("href"));
        assertThat(((Number) fetched.get("status")).intValue()).isEqualTo(200);
        assertThat(fetched.get("type")).isEqualTo("application/pdf");
        assertThat((String) fetched.get("disposition")).startsWith("attachment");
        assertThat(fetched.get("start")).isEqualTo("%PDF-1.4");
        String page = browser.getCurrentUrl();

        browser.manage().deleteAllCookies();
        visit.signIn("ib-reviewer");
        browser.get(page);
        assertThat(browser.findElements(By.cssSelector("[data-testid=move-form]"))).isEmpty();
        type("textBn", "পাইলটিংয়ের ফলাফল জেলা টিমকে জানান");
        visit.click("[data-testid=save-comment]");
        assertThat(text("comments")).contains("পাইলটিংয়ের ফলাফল জেলা টিমকে জানান");
        assertThat(List.of(text("comments"))).allMatch(t -> t.contains("পরীক্ষার দপ্তর"));
    }
}
