package bd.udbhabon.plan;

import org.springframework.test.context.TestPropertySource;
import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.internal.PlanService;
import bd.udbhabon.plan.internal.TemplateService;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An office's writer fills the targets form in Chromium: quarters that do not add up and targets out of
 * order are said beside their cells with everything typed still there; corrected, the plan page shows
 * the quarters and the responsible post.
 */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
class PlanDraftBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TemplateService templates;
    @Autowired
    PlanService plans;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ChromeDriver browser;
    Visit visit;
    long office;
    long post;

    @BeforeEach
    void setUp() {
        fixtures.templateWithin(PlanDraftTests.AHEAD, OfficeLevel.UPAZILA, false);
        office = fixtures.office(OfficeLevel.UPAZILA, null, null);
        post = jdbc.sql("insert into post (office_id, title_bn, grade) values (?, 'সহকারী প্রোগ্রামার', 'ASSISTANT_PROGRAMMER') returning id")
                .param(office).query(Long.class).single();
        accounts.create("plan-draft-browser-" + office, Role.MEMBER_SECRETARY, office);
        plans.create(office, PlanDraftTests.AHEAD);
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

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    @Test
    void aWriterFillsTheTargetsCorrectsTheQuartersAndSeesThePlan() {
        visit.signIn("plan-draft-browser-" + office);
        visit.open("/offices/" + office + "/plans/2081-82/edit");
        assertThat(visit.heading()).isEqualTo("কর্মপরিকল্পনা ২০৮১-৮২: লক্ষ্যমাত্রা");
        assertThat(value("row4-target100")).as("[১.৫.১] the template's target").isEqualTo("৪");
        type("row4-q1", "১");
        type("row4-q2", "১");
        type("row4-q3", "১");
        type("row4-q4", "২");
        type("row3-target90", "৯০%");
        new Select(browser.findElement(By.id("row4-post"))).selectByValue(Long.toString(post));
        visit.click("[data-testid=save-plan]");

        assertThat(browser.findElement(By.cssSelector("[data-testid=row4-quarters-error]")).getText())
                .isEqualTo("চার ত্রৈমাসিকের লক্ষ্যমাত্রার যোগফল ৫, কিন্তু বছরের (অসাধারণ) লক্ষ্যমাত্রা ৪।");
        assertThat(browser.findElement(By.cssSelector("[data-testid=row3-target90-error]")).getText())
                .isEqualTo("প্রতিটি কলামের লক্ষ্যমাত্রা বাঁ পাশের কলামের চেয়ে কম হবে।");
        assertThat(browser.findElement(By.id("row3-target90")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("[data-testid=form-errors] li"))).hasSize(2);
        assertThat(value("row4-q4")).isEqualTo("২");
        assertThat(value("row3-target90")).isEqualTo("৯০%");
        assertThat(new Select(browser.findElement(By.id("row4-post"))).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo(Long.toString(post));
        assertThat(plans.find(office, PlanDraftTests.AHEAD).orElseThrow().current().detail(new IndicatorCode(1, 5, 1))
                .orElseThrow().quarterTargets()).as("nothing written").isNull();

        type("row4-q4", "১");
        type("row3-target90", "৮০%");
        visit.click("[data-testid=save-plan]");
        assertThat(browser.getCurrentUrl()).contains("/offices/" + office + "/plans/2081-82");
        assertThat(browser.findElement(By.cssSelector("[data-testid=plan-status]")).getText()).isEqualTo("খসড়া");
        assertThat(browser.findElement(By.cssSelector("tr[data-testid='row-[1.5.1]']")).getText())
                .contains("ত্রৈ. ১: ১", "ত্রৈ. ৪: ১", "সহকারী প্রোগ্রামার");
        var row = plans.find(office, PlanDraftTests.AHEAD).orElseThrow().current().detail(new IndicatorCode(1, 5, 1)).orElseThrow();
        assertThat(row.quarterTargets()).containsExactly(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(row.responsiblePostId()).isEqualTo(post);
    }
}
