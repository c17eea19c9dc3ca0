package bd.udbhabon.plan;

import org.springframework.test.context.TestPropertySource;
import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.Browsing;
import bd.udbhabon.Visit;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.team.HtmlForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, point 7: minutes in the activity style (seed 004) fill their rows from the office's plan for the
 * meeting's fiscal year (code, indicator, target, achievement to date), and a row's discussion is kept as the
 * quarter's progress note, never the figure. An office without a plan is told so and writes its minutes as before.
 * The quarters' figures are written to plan_progress here as the progress form will write them (that form is
 * another part of the issue).
 */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
class MinutesPlanRowsTests {

    static final FiscalYear YEAR = new FiscalYear(2025);

    @LocalServerPort
    int port;
    @Autowired
    MeasureFacts facts;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void activityMinutesTakeThePlansRowsAndKeepADiscussionAsTheQuartersNote() {
        var upazila = facts.withTeam(facts.upazila("PlanMinutes"), true, 2, LocalDate.of(2025, 12, 1));
        ActionPlan plan = plans.plan(upazila.id(), YEAR);
        progress(plan.id(), 1, 1, 4, 1, "97.76");   // e-file disposal, average
        progress(plan.id(), 1, 1, 2, 1, "61");      // services kept running, cumulative
        progress(plan.id(), 1, 1, 5, 1, "1");       // workshops, sum
        progress(plan.id(), 2, 1, 5, 1, "1");
        long meeting = facts.meeting(upazila, LocalDate.of(2026, 1, 15), true); // the third quarter
        Browsing admin = new Browsing(port);
        admin.signIn(upazila.admin(), TestAccounts.PASSWORD);
        String edit = "/offices/" + upazila.id() + "/meetings/" + meeting + "/minutes/edit";

        String page = admin.get(edit).body();
        assertThat(page).contains("data-testid=\"plan-fill\"", "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৫-২৬: ১১টি সারি।")
                .doesNotContain("data-testid=\"no-plan\"");

        var filled = HtmlForm.on(page, "#minutes-form").set("action", "plan-rows").submit(admin, port);
        assertThat(filled.status()).isEqualTo(200);
        HtmlForm form = HtmlForm.on(filled.body(), "#minutes-form");
        assertThat(form.value("style")).isEqualTo("ACTIVITY_TABLE");
        assertThat(form.value("items[0].subject")).as("the meeting's own agenda item stays first").isEqualTo("সেবা সহজিকরণ");
        int efile = item(form, "[১.৪.১]");
        assertThat(form.value("items[" + efile + "].subject")).isEqualTo("[১.৪.১] ই-ফাইলে নোট নিষ্পত্তিকৃত");
        assertThat(form.value("items[" + efile + "].target")).isEqualTo("৮৫%");
        assertThat(form.value("items[" + efile + "].discussion")).isEqualTo("অর্জন (২০২৫-২৬, ৩য় প্রান্তিক পর্যন্ত): ৯৭.৭৬%");
        assertThat(form.value("items[" + item(form, "[১.৫.১]") + "].discussion")).endsWith("পর্যন্ত): ২");
        assertThat(form.value("items[" + item(form, "[১.২.১]") + "].discussion")).endsWith("পর্যন্ত): ৬১");
        assertThat(form.value("items[" + item(form, "[১.১.১]") + "].target")).isEqualTo("০৬ মে ২০২৪");
        assertThat(form.value("items[" + item(form, "[১.১.১]") + "].discussion")).endsWith("পর্যন্ত): প্রতিবেদন করা হয়নি");
        assertThat(Jsoup.parse(filled.body()).select("[data-testid=i" + efile + "-plan]").text())
                .contains("কর্মপরিকল্পনা [১.৪.১]: লক্ষ্যমাত্রা ৮৫%; অর্জন (২০২৫-২৬, ৩য় প্রান্তিক পর্যন্ত): ৯৭.৭৬%");
        // pressed again, no row comes twice
        var again = HtmlForm.on(filled.body(), "#minutes-form").set("action", "plan-rows").submit(admin, port);
        assertThat(HtmlForm.on(again.body(), "#minutes-form").values("items[12].subject")).as("1 agenda item + 11 rows, then empty ones")
                .containsExactly("");
        assertThat(minutesCount(meeting)).as("filling saves nothing").isZero();

        // The discussion of [১.৪.১] kept as the third quarter's note; the figure and the first quarter untouched.
        String discussion = "জানুয়ারি পর্যন্ত ই-নথিতে নিষ্পত্তির হার ৯৭.৭৬%। কার্যক্রম অব্যাহত রাখতে হবে।";
        form.set("items[" + efile + "].discussion", discussion).set("chairName", "উপজেলা নির্বাহী অফিসার")
                .set("items[0].discussion", "সেবা সহজিকরণ নিয়ে আলোচনা হয়।");
        var kept = form.set("action", "plan-note-" + efile).submit(admin, port);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(Jsoup.parse(kept.body()).select("[data-testid=i" + efile + "-plan-outcome]").text())
                .isEqualTo("[১.৪.১]-এর আলোচনা ৩য় প্রান্তিকের অগ্রগতির নোট হিসেবে রাখা হয়েছে।");
        assertThat(HtmlForm.on(kept.body(), "#minutes-form").value("items[" + efile + "].discussion")).isEqualTo(discussion);
        assertThat(HtmlForm.on(kept.body(), "#minutes-form").value("chairName")).isEqualTo("উপজেলা নির্বাহী অফিসার");
        assertThat(jdbc.sql("""
                        select note_bn, achieved from plan_progress
                         where plan_id = ? and quarter = 3 and section_no = 1 and activity_no = 4 and indicator_no = 1""")
                .param(plan.id()).query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getBigDecimal(2)))).single())
                .containsExactly(discussion, "null");
        assertThat(jdbc.sql("select achieved from plan_progress where plan_id = ? and quarter = 1 and activity_no = 4")
                .param(plan.id()).query(String.class).single()).isEqualTo("97.76");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'plan.progress-note' and record_id = ?")
                .param(String.valueOf(plan.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(minutesCount(meeting)).as("keeping a note saves no minutes").isZero();

        // Once the quarter's report has gone up, its notes no longer change.
        jdbc.sql("insert into plan_report (plan_id, quarter, status, due_on) values (?, 3, 'SUBMITTED', '2026-04-15')").param(plan.id()).update();
        var refused = HtmlForm.on(kept.body(), "#minutes-form").set("items[" + efile + "].discussion", "অন্য কথা")
                .set("action", "plan-note-" + efile).submit(admin, port);
        assertThat(Jsoup.parse(refused.body()).select("[data-testid=i" + efile + "-plan-outcome]").text())
                .isEqualTo("৩য় প্রান্তিকের প্রতিবেদন দাখিল হয়েছে: এর অগ্রগতির নোট আর বদলানো যাবে না।");
        assertThat(HtmlForm.on(refused.body(), "#minutes-form").value("items[" + efile + "].discussion")).isEqualTo("অন্য কথা");
        assertThat(jdbc.sql("select note_bn from plan_progress where plan_id = ? and quarter = 3 and activity_no = 4")
                .param(plan.id()).query(String.class).single()).isEqualTo(discussion);

        // The minutes themselves save as always, in the activity style with the plan's rows.
        var saved = HtmlForm.on(kept.body(), "#minutes-form").set("action", "save").submit(admin, port);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select i.target_bn from minutes_item i join minutes n on n.id = i.minutes_id
                         where n.meeting_id = ? and i.subject_bn like '[১.৪.১]%'""").param(meeting).query(String.class).single())
                .isEqualTo("৮৫%");
    }

    /** What the member-secretary sees (Chromium): the plan's part of the editor only in the activity style, then its rows and a note kept. */
    @Test
    void inTheBrowserThePlanAppearsWithTheActivityStyleAndANoteIsKept() {
        var upazila = facts.withTeam(facts.upazila("PlanBrowser"), true, 2, LocalDate.of(2025, 12, 1));
        ActionPlan plan = plans.plan(upazila.id(), YEAR);
        progress(plan.id(), 1, 1, 4, 1, "90");
        long meeting = facts.meeting(upazila, LocalDate.of(2026, 2, 10), true);
        ChromeDriver browser = Browser.start(1280, 1000);
        try {
            Visit visit = new Visit(browser, port);
            visit.signIn(upazila.admin());
            visit.open("/offices/" + upazila.id() + "/meetings/" + meeting + "/minutes/edit");
            WebElement part = browser.findElement(By.cssSelector("[data-testid=minutes-plan]"));
            assertThat(part.isDisplayed()).as("not in the paragraph style").isFalse();
            browser.findElement(By.cssSelector("[data-testid=style-ACTIVITY_TABLE]")).click();
            assertThat(part.isDisplayed()).isTrue();
            assertThat(part.getText()).contains("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৫-২৬: ১১টি সারি।");
            browser.findElement(By.cssSelector("[data-testid=i0-discussion]")).sendKeys("সেবা সহজিকরণ নিয়ে আলোচনা হয়।");
            visit.click("[data-testid=plan-fill]");

            int efile = -1;
            for (int i = 0; i < 20 && efile < 0; i++) {
                var subject = browser.findElements(By.cssSelector("[data-testid=i" + i + "-subject]"));
                if (!subject.isEmpty() && subject.getFirst().getAttribute("value").startsWith("[১.৪.১]")) {
                    efile = i;
                }
            }
            assertThat(efile).as("the e-file row is an item").isPositive();
            String p = "i" + efile;
            assertThat(browser.findElement(By.cssSelector("[data-testid=" + p + "-target]")).getAttribute("value")).isEqualTo("৮৫%");
            assertThat(browser.findElement(By.cssSelector("[data-testid=" + p + "-plan]")).getText())
                    .contains("লক্ষ্যমাত্রা ৮৫%; অর্জন (২০২৫-২৬, ৩য় প্রান্তিক পর্যন্ত): ৯০%");
            assertThat(browser.findElement(By.cssSelector("[data-testid=i0-discussion]")).getAttribute("value"))
                    .as("what was typed stays").isEqualTo("সেবা সহজিকরণ নিয়ে আলোচনা হয়।");
            WebElement discussion = browser.findElement(By.cssSelector("[data-testid=" + p + "-discussion]"));
            discussion.clear();
            discussion.sendKeys("ফেব্রুয়ারিতে ই-নথিতে নিষ্পত্তির হার ৯০%।");
            visit.click("[data-testid=" + p + "-plan-note]");
            assertThat(browser.findElement(By.cssSelector("[data-testid=" + p + "-plan-outcome]")).getText())
                    .isEqualTo("[১.৪.১]-এর আলোচনা ৩য় প্রান্তিকের অগ্রগতির নোট হিসেবে রাখা হয়েছে।");
            assertThat(browser.findElement(By.cssSelector("[data-testid=" + p + "-discussion]")).getAttribute("value"))
                    .isEqualTo("ফেব্রুয়ারিতে ই-নথিতে নিষ্পত্তির হার ৯০%।");
            assertThat(jdbc.sql("select note_bn from plan_progress where plan_id = ? and quarter = 3 and activity_no = 4")
                    .param(plan.id()).query(String.class).single()).isEqualTo("ফেব্রুয়ারিতে ই-নথিতে নিষ্পত্তির হার ৯০%।");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anOfficeWithoutAPlanIsToldSoAndWritesItsMinutesAsBefore() {
        var upazila = facts.withTeam(facts.upazila("NoPlan"), true, 2, LocalDate.of(2025, 12, 1));
        long meeting = facts.meeting(upazila, LocalDate.of(2026, 1, 20), true);
        Browsing admin = new Browsing(port);
        admin.signIn(upazila.admin(), TestAccounts.PASSWORD);
        String edit = "/offices/" + upazila.id() + "/meetings/" + meeting + "/minutes/edit";
        String page = admin.get(edit).body();
        assertThat(Jsoup.parse(page).select("[data-testid=no-plan]").text())
                .isEqualTo("এই দপ্তরের ২০২৫-২৬ অর্থবছরের কোনো কর্মপরিকল্পনা নেই: কার্যক্রম ও লক্ষ্যমাত্রা নিজে লিখুন।");
        assertThat(page).doesNotContain("data-testid=\"plan-fill\"");
        assertThat(admin.get(edit + "?lang=en").body()).contains("This office has no action plan for fiscal year 2025-26");
        // pressing the button anyway (an old page) changes nothing; a code typed by hand is not a plan row
        HtmlForm form = HtmlForm.on(page, "#minutes-form").set("style", "ACTIVITY_TABLE").set("items[0].discussion", "আলোচনা হয়।")
                .set("items[1].subject", "[১.৪.১] ই-ফাইলে নোট নিষ্পত্তিকৃত").set("items[1].target", "৮৫%")
                .set("items[1].discussion", "নিষ্পত্তির হার ৯০%").set("items[1].decisions[0].text", "কার্যক্রম অব্যাহত রাখতে হবে।")
                .set("items[1].decisions[0].owners[0].key", "office:" + upazila.id());
        var same = form.set("action", "plan-rows").submit(admin, port);
        assertThat(HtmlForm.on(same.body(), "#minutes-form").value("items[1].subject")).isEqualTo("[১.৪.১] ই-ফাইলে নোট নিষ্পত্তিকৃত");
        assertThat(HtmlForm.on(same.body(), "#minutes-form").values("items[2].subject")).containsExactly("");
        assertThat(same.body()).doesNotContain("data-testid=\"i1-plan\"");
        var saved = form.set("action", "save").submit(admin, port);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.sql("select style from minutes where meeting_id = ?").param(meeting).query(String.class).single())
                .isEqualTo("ACTIVITY_TABLE");
    }

    private int item(HtmlForm form, String code) {
        for (int i = 0; i < 60; i++) {
            String subject = form.value("items[" + i + "].subject");
            if (subject != null && subject.startsWith(code)) {
                return i;
            }
        }
        throw new AssertionError("no item " + code);
    }

    private long minutesCount(long meeting) {
        return jdbc.sql("select count(*) from minutes where meeting_id = ?").param(meeting).query(Long.class).single();
    }

    private void progress(long planId, int quarter, int section, int activity, int indicator, String achieved) {
        jdbc.sql("""
                        insert into plan_progress (plan_id, quarter, section_no, activity_no, indicator_no, achieved)
                        values (?, ?, ?, ?, ?, ?::numeric)""")
                .params(planId, quarter, section, activity, indicator, achieved).update();
    }
}
