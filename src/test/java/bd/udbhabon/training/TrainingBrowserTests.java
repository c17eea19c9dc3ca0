package bd.udbhabon.training;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeFixtures;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15, point 7, in Chromium: an upazila's administrator opens the office's trainings from the office page,
 * records a learning session after visiting another office's initiative; the form refuses it once (no one named
 * as taking part) keeping what was typed, then saves it with an officer, a guest and the attendance sheet; the
 * page shows them and the list counts it.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class TrainingBrowserTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

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

    private void type(String css, String text) {
        var box = browser.findElement(By.cssSelector(css));
        box.clear();
        box.sendKeys(text);
    }

    @Test
    void anAdministratorRecordsALearningSessionAfterARefusal() throws Exception {
        long upazila = fixtures.office(OfficeLevel.UPAZILA, null, null);
        long elsewhere = fixtures.office(OfficeLevel.UPAZILA, null, null);
        Initiative visited = fixtures.initiativeAt(elsewhere, Stage.RUNNING, "ব্রাউজার");
        long officer = jdbc.sql("insert into officer (office_id, name_bn) values (?, 'নাসরিন আক্তার') returning id").param(upazila)
                .query(Long.class).single();
        String admin = "training-browser-" + upazila;
        accounts.create(admin, Role.OFFICE_ADMIN, upazila);
        Path sheet = Files.createTempFile("attendance", ".pdf");
        Files.write(sheet, PDF);

        visit.signIn(admin);
        visit.open("/offices/" + upazila);
        visit.click("[data-testid=trainings-link]");
        assertThat(visit.heading()).isEqualTo("প্রশিক্ষণ, কর্মশালা ও লার্নিং সেশন");
        assertThat(browser.findElement(By.cssSelector("[data-testid=no-trainings]")).isDisplayed()).isTrue();
        visit.click("[data-testid=new-training]");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("LEARNING_SESSION");
        visit.setDate("heldOn", "2024-02-20");
        type("#days", "১");
        type("#topicBn", "ই-নথি উদ্যোগ পরিদর্শনের শিক্ষা");
        type("#initiativeRef", String.valueOf(visited.id()));
        visit.click("[data-testid=save-training]");

        // refused: no participant; everything typed is still there
        assertThat(browser.findElement(By.cssSelector("[data-testid=participants-error]")).getText())
                .isEqualTo("অন্তত একজন অংশগ্রহণকারী দিন: দপ্তরের কর্মকর্তা বেছে নিন বা অতিথির নাম লিখুন।");
        assertThat(browser.findElement(By.id("topicBn")).getAttribute("value")).isEqualTo("ই-নথি উদ্যোগ পরিদর্শনের শিক্ষা");
        assertThat(browser.findElement(By.id("initiativeRef")).getAttribute("value")).isEqualTo(String.valueOf(visited.id()));
        assertThat(browser.findElement(By.id("heldOn")).getAttribute("value")).isEqualTo("2024-02-20");

        browser.findElement(By.cssSelector("[data-testid=officer-" + officer + "]")).click();
        type("[data-testid=guest-name-0]", "জনাব মাহফুজ আলম");
        type("[data-testid=guest-designation-0]", "সহকারী প্রোগ্রামার");
        browser.findElement(By.cssSelector("[data-testid=files]")).sendKeys(sheet.toString());
        visit.click("[data-testid=save-training]");

        assertThat(visit.heading()).isEqualTo("ই-নথি উদ্যোগ পরিদর্শনের শিক্ষা");
        assertThat(browser.findElement(By.cssSelector("[data-testid=training-kind]")).getText()).isEqualTo("লার্নিং সেশন");
        assertThat(browser.findElement(By.cssSelector("[data-testid=training-day]")).getText()).contains("২০ ফেব্রুয়ারি ২০২৪");
        assertThat(browser.findElement(By.cssSelector("[data-testid=visited-initiative]")).getText()).isEqualTo(visited.titleBn());
        assertThat(browser.findElements(By.cssSelector("[data-testid=participant]"))).extracting(e -> e.getText())
                .anySatisfy(t -> assertThat(t).contains("নাসরিন আক্তার"))
                .anySatisfy(t -> assertThat(t).contains("জনাব মাহফুজ আলম", "সহকারী প্রোগ্রামার", "অতিথি"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=evidence] a")).getText()).endsWith(".pdf");

        visit.follow("প্রশিক্ষণ, কর্মশালা ও লার্নিং সেশন");
        assertThat(browser.findElement(By.cssSelector("[data-testid=this-year-LEARNING_SESSION]")).getText()).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-testid=trainings] tbody tr"))).hasSize(1);
        Files.deleteIfExists(sheet);
    }
}
