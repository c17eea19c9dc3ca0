package bd.udbhabon.people;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.Visit;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.time.Duration;
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
 * Panchagarh's office administrator adds two posts and an officer, has the officer join the first
 * post, transfers them to the second on a date, and reads both posts' histories in Bangla.
 */
@IntegrationTest
class PeopleBrowserTests {

    private static final String EDUCATION = "অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি), পঞ্চগড়";
    private static final String GENERAL = "অতিরিক্ত জেলা প্রশাসক (সার্বিক), পঞ্চগড়";
    private static final String OFFICER = "মোছাঃ রোকসানা বেগম";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    ChromeDriver browser;
    Visit visit;
    long panchagarh;

    @BeforeEach
    void setUp() {
        panchagarh = accounts.office(OfficeLevel.DISTRICT, "Panchagarh");
        accounts.create("panchagarh-admin", Role.OFFICE_ADMIN, panchagarh);
        browser = Browser.start(1280, 1000);
        visit = new Visit(browser, port);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    @Test
    void anAdministratorAddsPostsAndAnOfficerAssignsTransfersAndReadsTheHistory() {
        visit.signIn("panchagarh-admin");
        visit.open("/offices/" + panchagarh);
        visit.click("[data-testid=people-link]");
        assertThat(visit.heading()).isEqualTo("কর্মকর্তা ও পদ");

        addPost(EDUCATION, "ADDITIONAL_DEPUTY_COMMISSIONER", true);
        assertThat(visit.heading()).isEqualTo(EDUCATION);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("অতিরিক্ত জেলা প্রশাসক", "আইসিটি শাখা",
                "এই পদে এখনো কেউ যোগদান করেননি।");
        String educationPage = browser.getCurrentUrl();
        visit.follow("কর্মকর্তা ও পদ");
        addPost(GENERAL, "ADDITIONAL_DEPUTY_COMMISSIONER", false);

        visit.follow("কর্মকর্তা ও পদ");
        visit.click("[data-testid=new-officer]");
        browser.findElement(By.id("name_bn")).sendKeys(OFFICER);
        browser.findElement(By.id("name_en")).sendKeys("Mst. Roksana Begum");
        browser.findElement(By.id("phone")).sendKeys("০১৭১৫-১২৩৪৫৬");
        browser.findElement(By.name("skills_development")).click();
        visit.click("[data-testid=save-officer]");
        assertThat(visit.heading()).isEqualTo(OFFICER);
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("০১৭১৫-১২৩৪৫৬", "দক্ষতা উন্নয়নে সক্ষম\nহ্যাঁ");
        String officerPage = browser.getCurrentUrl();

        // she joins the education post on 24 December 2023
        browser.get(educationPage);
        new Select(browser.findElement(By.id("officer"))).selectByVisibleText(OFFICER);
        visit.setDate("from", "2023-12-24");
        visit.click("[data-testid=assign]");
        assertThat(rows("[data-testid=history] tbody tr")).containsExactly(
                OFFICER + " ২৪ ডিসেম্বর ২০২৩ ৯ পৌষ ১৪৩০ বঙ্গাব্দ বর্তমানে কর্মরত");

        // a second post of her own at the same time is refused, and the form keeps what was typed
        visit.follow("কর্মকর্তা ও পদ");
        visit.follow(GENERAL);
        new Select(browser.findElement(By.id("officer"))).selectByVisibleText(OFFICER);
        visit.setDate("from", "2025-01-01");
        visit.click("[data-testid=assign]");
        assertThat(browser.findElement(By.cssSelector("[data-testid=officer-error]")).getText())
                .contains(EDUCATION, "অতিরিক্ত দায়িত্ব ছাড়া একজন একসাথে একটি পদেই থাকতে পারেন");
        assertThat(new Select(browser.findElement(By.id("officer"))).getFirstSelectedOption().getText()).isEqualTo(OFFICER);
        assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo("2025-01-01");

        // transferred to the general post on 6 November 2025
        browser.get(officerPage);
        new Select(browser.findElement(By.id("post"))).selectByVisibleText(GENERAL);
        visit.setDate("on", "2025-11-06");
        visit.click("[data-testid=transfer]");
        assertThat(visit.heading()).isEqualTo(OFFICER);
        assertThat(rows("[data-testid=history] tbody tr")).containsExactly(
                GENERAL + " ০৬ নভেম্বর ২০২৫ ২১ কার্তিক ১৪৩২ বঙ্গাব্দ বর্তমানে কর্মরত",
                EDUCATION + " ২৪ ডিসেম্বর ২০২৩ ৯ পৌষ ১৪৩০ বঙ্গাব্দ ০৫ নভেম্বর ২০২৫ ২০ কার্তিক ১৪৩২ বঙ্গাব্দ");

        browser.get(educationPage);
        assertThat(rows("[data-testid=history] tbody tr")).containsExactly(
                OFFICER + " ২৪ ডিসেম্বর ২০২৩ ৯ পৌষ ১৪৩০ বঙ্গাব্দ ০৫ নভেম্বর ২০২৫ ২০ কার্তিক ১৪৩২ বঙ্গাব্দ");
        assertThat(browser.findElements(By.cssSelector("[data-testid=vacate-section]"))).as("vacant now").isEmpty();

        // the list shows who held each post today, and on an earlier day chosen on the page
        visit.follow("কর্মকর্তা ও পদ");
        assertThat(holderOf(GENERAL)).isEqualTo(OFFICER);
        assertThat(holderOf(EDUCATION)).isEqualTo("শূন্য");
        visit.setDate("on", "2024-01-01");
        browser.executeScript("document.getElementById('on').dispatchEvent(new Event('change', {bubbles: true}))");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=posts-on]"), "০১ জানুয়ারি ২০২৪"));
        assertThat(holderOf(EDUCATION)).isEqualTo(OFFICER);
        assertThat(holderOf(GENERAL)).isEqualTo("শূন্য");
        assertThat(browser.getCurrentUrl()).contains("on=2024-01-01");
    }

    private void addPost(String title, String grade, boolean ictWing) {
        visit.click("[data-testid=new-post]");
        browser.findElement(By.id("title_bn")).sendKeys(title);
        new Select(browser.findElement(By.id("grade"))).selectByValue(grade);
        if (ictWing) {
            new Select(browser.findElement(By.id("wing"))).selectByValue("ICT");
        }
        visit.click("[data-testid=save-post]");
    }

    private String holderOf(String post) {
        WebElement row = browser.findElement(By.xpath("//table[@data-testid='posts']//tr[td/a[text()='" + post + "']]"));
        return row.findElements(By.tagName("td")).get(1).getText().strip();
    }

    private java.util.List<String> rows(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(r -> r.getText().replaceAll("\\s+", " ").strip()).toList();
    }

}
