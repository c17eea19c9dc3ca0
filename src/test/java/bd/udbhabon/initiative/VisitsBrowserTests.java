package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A deputy commissioner's office visits an upazila's pilot in Chromium (issue 15, point 6), reached from the
 * initiative's page: a follow-up due before the visit is refused beside its row with everything typed still
 * there; corrected, the visit is kept with its photo and its decision, which opens in the decision register
 * given to the upazila.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class VisitsBrowserTests {

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
    Initiative pilot;

    @BeforeEach
    void setUp() {
        district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        pilot = fixtures.initiativeAt(upazila, Stage.PILOT, "ব্রাউজারে পরিদর্শন");
        accounts.create("visits-browser", Role.OFFICE_ADMIN, district);
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

    private void setDate(String name, String isoDate) {
        browser.executeScript("document.getElementsByName(arguments[0])[0].value = arguments[1]", name, isoDate);
    }

    @Test
    void aDistrictOfficerRecordsAVisitWithAPhotoAndAFollowUpThatOpensInTheRegister() throws Exception {
        Path photo = Files.createTempFile("পরিদর্শন", ".png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        visit.signIn("visits-browser");
        visit.open("/offices/" + upazila + "/initiatives/" + pilot.id());
        visit.click("[data-testid=visits-link]"); // the initiative page's link (order 200), for a superior who reads it
        assertThat(visit.heading()).isEqualTo("উদ্যোগের পরিদর্শন");
        assertThat(browser.findElement(By.cssSelector("[data-testid=visiting-office]")).getText()).startsWith("পরীক্ষার দপ্তর");

        visit.setDate("visitedOn", "2024-03-05");
        type("#visitorsBn", "মোঃ আব্দুল করিম, অতিরিক্ত জেলা প্রশাসক");
        type("#findingsBn", "পাইলটিং চলছে; নাগরিকের আবেদন খাতা হালনাগাদ নয়।");
        browser.findElement(By.cssSelector("[data-testid=visit-files]")).sendKeys(photo.toAbsolutePath().toString());
        type("[data-testid=follow-up-text-0]", "আবেদন খাতা হালনাগাদ করতে হবে।");
        setDate("decisions[0].dueOn", "2024-03-01");
        visit.click("[data-testid=save-visit]");

        assertThat(browser.findElement(By.cssSelector("[data-testid=form-errors]")).getText())
                .contains("বাস্তবায়নের শেষ তারিখ পরিদর্শনের তারিখের আগে হতে পারে না।");
        assertThat(browser.findElement(By.id("findingsBn")).getDomProperty("value")).isEqualTo("পাইলটিং চলছে; নাগরিকের আবেদন খাতা হালনাগাদ নয়।");
        assertThat(browser.findElement(By.cssSelector("[data-testid=follow-up-text-0]")).getDomProperty("value")).isEqualTo("আবেদন খাতা হালনাগাদ করতে হবে।");
        assertThat(browser.findElements(By.cssSelector("[data-testid=visit]"))).isEmpty();

        setDate("decisions[0].dueOn", "2024-04-30");
        browser.findElement(By.cssSelector("[data-testid=visit-files]")).sendKeys(photo.toAbsolutePath().toString());
        visit.click("[data-testid=save-visit]");

        var recorded = browser.findElement(By.cssSelector("[data-testid=visit]"));
        assertThat(recorded.getText()).contains("মোঃ আব্দুল করিম", "পাইলটিং চলছে", ".png", "আবেদন খাতা হালনাগাদ করতে হবে।", "৩০ এপ্রিল ২০২৪");
        visit.click("[data-testid=visit-decision-link]");
        assertThat(browser.findElement(By.cssSelector("[data-testid=decision-text]")).getText()).isEqualTo("আবেদন খাতা হালনাগাদ করতে হবে।");
        assertThat(browser.getPageSource()).contains("পরিদর্শন, ০৫ মার্চ ২০২৪");
        Files.deleteIfExists(photo);
    }
}
