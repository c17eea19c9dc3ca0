package bd.udbhabon.team;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.Visit;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.test.context.TestPropertySource;

/**
 * A Cabinet Division administrator enters a notification in Chromium, starting from the 2025 rules,
 * and at the district level adds a requirement in an empty row and removes another.
 */
@IntegrationTest
@TestPropertySource(properties = NotificationPagesTests.OWN_DATABASE)
class NotificationBrowserTests {

    private static final String TITLE = "ইনোভেশন টিম বিষয়ক প্রজ্ঞাপন (ব্রাউজার পরীক্ষা)";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Policies policies;

    ChromeDriver browser;
    Visit visit;

    @BeforeEach
    void setUp() {
        accounts.create("cabinet-browser", Role.OFFICE_ADMIN, accounts.cabinetDivision());
        browser = Browser.start(1280, 1000);
        visit = new Visit(browser, port);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    @Test
    void anAdministratorEntersANotificationAndAddsARequirementInAnEmptyRow() {
        visit.signIn("cabinet-browser");
        visit.follow("প্রজ্ঞাপন");
        assertThat(visit.heading()).isEqualTo("ইনোভেশন টিম বিষয়ক প্রজ্ঞাপন");

        visit.click("[data-testid=new-notification]");
        browser.findElement(By.id("title_bn")).sendKeys(TITLE);
        browser.findElement(By.id("memo_number")).sendKeys("০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.২০০");
        visit.setDate("issued_on", "2030-01-01");
        visit.setDate("effective_from", "2030-01-01");
        new Select(browser.findElement(By.id("cadence"))).selectByValue("QUARTERLY");
        browser.findElement(By.id("duties")).sendKeys("১। সেবা সহজীকরণ;\n২। বাৎসরিক প্রতিবেদন প্রণয়ন।");
        new Select(browser.findElement(By.id("copy_from"))).selectByValue("2");
        visit.click("[data-testid=save-notification]");
        assertThat(visit.heading()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.cssSelector("[data-testid=duties]")).getText())
                .isEqualTo("১। সেবা সহজীকরণ;\n২। বাৎসরিক প্রতিবেদন প্রণয়ন।");

        visit.click("[data-testid=edit-level-DISTRICT]");
        assertThat(visit.heading()).isEqualTo("জেলা প্রশাসকের কার্যালয়: টিম গঠনের বিধান");
        browser.findElement(By.id("r5_description_bn")).sendKeys("জেলার আইসিটি কর্মকর্তা");
        browser.findElement(By.id("r5_min")).sendKeys("১");
        var grades = new Select(browser.findElement(By.id("r5_grades")));
        grades.selectByValue("SYSTEM_ANALYST");
        grades.selectByValue("PROGRAMMER");
        browser.findElement(By.name("r4_remove")).click();
        visit.click("[data-testid=save-level]");

        assertThat(visit.heading()).isEqualTo(TITLE);
        var district = browser.findElement(By.cssSelector("[data-testid=level-DISTRICT]")).getText();
        assertThat(district).contains("জেলার আইসিটি কর্মকর্তা ন্যূনতম ১ জন পদমর্যাদা: সিস্টেম এনালিস্ট / প্রোগ্রামার")
                .doesNotContain("উচ্চ মাধ্যমিক পর্যায়ের উদ্যমী শিক্ষক");
        var rules = policies.inForce(LocalDate.of(2030, 1, 1)).orElseThrow().rules(OfficeLevel.DISTRICT).orElseThrow();
        assertThat(rules.requirements()).extracting(Requirement::descriptionBn).containsExactly(
                "সিনিয়র সহকারী কমিশনার/সহকারী কমিশনার", "প্রোগ্রামার/সহকারী প্রোগ্রামার",
                "জেলার অন্যান্য দপ্তর থেকে মনোনীত কর্মকর্তা", "দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা", "জেলার আইসিটি কর্মকর্তা");
    }

}
