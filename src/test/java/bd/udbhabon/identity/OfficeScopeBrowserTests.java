package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two upazilas of Bogura: Sherpur's administrator runs Sherpur and cannot open Shibganj's pages;
 * the district's reviewer reads both and can change neither.
 */
@IntegrationTest
class OfficeScopeBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    ChromeDriver browser;
    Visit visit;
    long sherpur;
    long shibganj;

    @BeforeEach
    void setUp() {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        sherpur = accounts.upazila(bogura, "Sherpur");
        shibganj = accounts.upazila(bogura, "Shibganj");
        accounts.create("sherpur-admin", Role.OFFICE_ADMIN, sherpur);
        accounts.create("shibganj-member", Role.TEAM_MEMBER, shibganj);
        accounts.create("bogura-reviewer", Role.REVIEWER, bogura);
        browser = Browser.start(1280, 900);
        visit = new Visit(browser, port);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    @Test
    void anUpazilaAdministratorRunsTheirOwnOfficeButNotTheirNeighbours() {
        signIn("sherpur-admin");
        open("/offices/" + sherpur + "/users");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ব্যবহারকারী");
        assertThat(browser.findElements(By.cssSelector("[data-testid=create-section]"))).hasSize(1);

        for (String page : new String[] {"/users", "/audit", "/edit"}) {
            open("/offices/" + shibganj + page);
            assertThat(browser.findElement(By.cssSelector("[data-testid=error-status]")).getText()).as(page).isEqualTo("৪০৩");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("এই পাতা দেখার অনুমতি আপনার নেই।");
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("bn");
        }
        open("/offices/" + shibganj);
        assertThat(browser.findElements(By.cssSelector("[data-testid=users-link]"))).as("no way in is offered").isEmpty();
    }

    @Test
    void theDistrictReviewerReadsBothUpazilasAndChangesNeither() {
        signIn("bogura-reviewer");
        for (long upazila : new long[] {sherpur, shibganj}) {
            open("/offices/" + upazila);
            visit.click("[data-testid=users-link]");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ব্যবহারকারী");
            assertThat(browser.findElement(By.cssSelector("[data-testid=users]")).getText())
                    .contains(upazila == sherpur ? "sherpur-admin" : "shibganj-member");
            assertThat(browser.findElements(By.cssSelector("[data-testid=create-section]"))).as("no forms to change anything").isEmpty();
            assertThat(browser.findElements(By.cssSelector("[data-testid=users] form"))).isEmpty();

            open("/offices/" + upazila + "/edit");
            assertThat(browser.findElement(By.cssSelector("[data-testid=error-status]")).getText()).isEqualTo("৪০৩");
        }
        // a change sent anyway, from a page of ours with a valid token, is refused by the server
        open("/offices/" + sherpur + "/users");
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name=_csrf]').value;
                fetch('/offices/%d/users', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                      body: 'username=sneaky&fullNameBn=x&role=TEAM_MEMBER&_csrf=' + encodeURIComponent(token)})
                    .then(r => done(r.status));
                """.formatted(sherpur));
        assertThat(((Number) status).intValue()).isEqualTo(403);
    }

    /** Signing in and each page through the shared steps, which wait for the next page (a bare click did not: CI). */
    private void signIn(String username) {
        visit.signIn(username);
    }

    private void open(String path) {
        visit.open(path);
    }
}
