package bd.udbhabon.plan;

import org.springframework.test.context.TestPropertySource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.internal.PlanService;
import bd.udbhabon.plan.internal.TemplateService;
import bd.udbhabon.team.HtmlForm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An office drafts its plan through the pages (issue 14, point 2): made from the template in force, its
 * targets form refused with every problem beside its cell (a bad weight, targets out of order, a day
 * outside the year, quarters that do not add up), nothing written and everything typed kept; saved; its
 * own rows where the template allows them; revised after issue with a reason before the cut-off, refused
 * after it; the issued version never changes. Until the paper part lands, a version is marked issued
 * with plain SQL ({@link #issueBySql}). Each test makes fresh offices; the years are this class's own
 * (2081 ahead, 2012 past), with seed 004's template moved into them so its days fall inside the year.
 */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
class PlanDraftTests {

    static final FiscalYear AHEAD = new FiscalYear(2081);
    static final FiscalYear PAST = new FiscalYear(2012);

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
    JdbcClient jdbc;

    PlanTemplate template(FiscalYear year, OfficeLevel level, boolean ownRows) {
        return fixtures.templateWithin(year, level, ownRows);
    }

    record Office(long id, String writerName, Browsing writer, Browsing reader, long post) {
    }

    Office office(OfficeLevel level) {
        long id = fixtures.office(level, null, null);
        String name = "plan-draft-" + System.nanoTime();
        accounts.create(name + "-w", Role.OFFICE_ADMIN, id);
        accounts.create(name + "-r", Role.AUDITOR, id);
        var writer = new Browsing(port);
        writer.signIn(name + "-w", TestAccounts.PASSWORD);
        writer.get("/account");
        var reader = new Browsing(port);
        reader.signIn(name + "-r", TestAccounts.PASSWORD);
        reader.get("/account");
        long post = jdbc.sql("insert into post (office_id, title_bn, title_en, grade) values (?, 'প্রোগ্রামার', 'Programmer', 'PROGRAMMER') returning id")
                .param(id).query(Long.class).single();
        return new Office(id, name + "-w", writer, reader, post);
    }

    /** The version marked issued as the paper part will: plain SQL until that part lands ({@link PlanFixtures#issueBySql}). */
    void issueBySql(long officeId, ActionPlan plan) {
        fixtures.issueBySql(plan);
    }

    String rows(long versionId) {
        return String.join("|", jdbc.sql("""
                        select concat_ws(',', section_no, activity_no, indicator_no, weight, targets::text, target_dates::text,
                                         quarter_targets::text, responsible_post_id) from plan_row where plan_version_id = ?
                         order by section_no, activity_no, indicator_no""").param(versionId).query(String.class).list());
    }

    @Test
    void aWriterMakesThePlanFromTheListAndTheTemplatesAbsenceIsSaidInBangla() {
        template(AHEAD, OfficeLevel.UPAZILA, false);
        Office office = office(OfficeLevel.UPAZILA);
        String list = "/offices/" + office.id() + "/plans";
        var page = Jsoup.parse(office.writer().get(list).body());
        assertThat(page.selectFirst("[data-testid=no-plans]")).isNotNull();
        assertThat(page.selectFirst("[data-testid=make-plan-2081-82]").text()).isEqualTo("অর্থবছর ২০৮১-৮২-এর কর্মপরিকল্পনা প্রণয়ন করুন");
        assertThat(Jsoup.parse(office.reader().get(list).body()).selectFirst("[data-testid=make-plan-2081-82]"))
                .as("a reader reads, does not make").isNull();

        var made = HtmlForm.on(page.outerHtml(), "form:has([data-testid=make-plan-2081-82])").submit(office.writer(), port);
        assertThat(made.status()).isEqualTo(302);
        assertThat(made.location()).endsWith(list + "/2081-82/edit");
        ActionPlan plan = plans.find(office.id(), AHEAD).orElseThrow();
        assertThat(plan.current().status()).isEqualTo(ActionPlan.Status.DRAFT);
        assertThat(Jsoup.parse(office.writer().get(list).body()).selectFirst("[data-testid=plan-2081-82]").text()).contains("২০৮১-৮২", "খসড়া");
        assertThat(office.reader().post(list, Map.of("year", "2081-82")).status()).as("only writers make a plan").isEqualTo(403);

        // a level with no template published this year (the other tests of this database publish some): the Bangla message, no button
        var thisYear = bd.udbhabon.bangla.FiscalYear.of(bd.udbhabon.bangla.Dhaka.today());
        OfficeLevel unpublished = java.util.Arrays.stream(OfficeLevel.values())
                .filter(l -> l != OfficeLevel.CABINET_DIVISION && templates.inForce(thisYear, l).isEmpty()).findFirst().orElseThrow();
        Office other = office(unpublished);
        var none = Jsoup.parse(other.writer().get("/offices/" + other.id() + "/plans").body());
        assertThat(none.selectFirst("[data-testid=no-template]").text()).contains("কর্মপরিকল্পনার ছক মন্ত্রিপরিষদ বিভাগ এখনো প্রকাশ করেনি");
    }

    @Test
    void theTargetsFormSaysEveryProblemBesideItsCellKeepsWhatWasTypedWritesNothingThenSaves() {
        template(AHEAD, OfficeLevel.DISTRICT, false);
        Office office = office(OfficeLevel.DISTRICT);
        ActionPlan plan = plans.create(office.id(), AHEAD);
        String before = rows(plan.current().id());
        String edit = "/offices/" + office.id() + "/plans/2081-82/edit";

        var form = HtmlForm.on(office.writer().get(edit).body(), "form[data-testid=plan-form]");
        assertThat(form.value("rows[3].code")).isEqualTo("[১.৪.১]");
        assertThat(form.value("rows[3].target100")).as("the template's targets as defaults").isEqualTo("৮৫%");
        assertThat(form.value("rows[0].target100")).isEqualTo("০৬-০৫-২০৮২");
        form.set("rows[3].target90", "৯০%")                                  // [1.4.1] out of order
                .set("rows[0].target60", "20-07-2082")                        // [1.1.1] after 30 June 2082
                .set("rows[4].q1", "১").set("rows[4].q2", "১").set("rows[4].q3", "১").set("rows[4].q4", "২") // [1.5.1] 5, not 4
                .set("rows[6].post", Long.toString(office.post()))
                .set("rows[7].target100", "অনেক");                            // [2.1.2] no number
        var refused = form.submit(office.writer(), port);
        assertThat(refused.status()).isEqualTo(200);
        var html = Jsoup.parse(refused.body());
        assertThat(html.select(".field-error").eachAttr("data-testid")).as(html.select("[data-testid=form-errors]").text())
                .containsExactly("row0-target60-error", "row3-target90-error", "row4-quarters-error", "row7-target100-error");
        assertThat(html.selectFirst("[data-testid=row3-target90-error]").text()).isEqualTo("প্রতিটি কলামের লক্ষ্যমাত্রা বাঁ পাশের কলামের চেয়ে কম হবে।");
        assertThat(html.selectFirst("[data-testid=row0-target60-error]").text()).isEqualTo("তারিখটি অর্থবছরের মধ্যে (০১-০৭-২০৮১ থেকে ৩০-০৬-২০৮২) হবে।");
        assertThat(html.selectFirst("[data-testid=row4-quarters-error]").text())
                .isEqualTo("চার ত্রৈমাসিকের লক্ষ্যমাত্রার যোগফল ৫, কিন্তু বছরের (অসাধারণ) লক্ষ্যমাত্রা ৪।");
        assertThat(html.selectFirst("[data-testid=row7-target100-error]").text()).isEqualTo("“অনেক” সংখ্যা নয়।");
        assertThat(html.select("[data-testid=form-errors] li")).hasSize(4);
        var kept = HtmlForm.on(refused.body(), "form[data-testid=plan-form]");
        assertThat(kept.value("rows[3].target90")).isEqualTo("৯০%");
        assertThat(kept.value("rows[0].target60")).isEqualTo("20-07-2082");
        assertThat(kept.value("rows[4].q4")).isEqualTo("২");
        assertThat(kept.value("rows[6].post")).isEqualTo(Long.toString(office.post()));
        assertThat(rows(plan.current().id())).as("nothing written").isEqualTo(before);

        // in English, the same problem in English
        var english = new Browsing(port);
        english.signIn(office.writerName(), TestAccounts.PASSWORD);
        english.get(edit + "?lang=en");
        var englishPage = Jsoup.parse(HtmlForm.on(english.get(edit).body(), "form[data-testid=plan-form]")
                .set("rows[3].target90", "90%").submit(english, port).body());
        assertThat(englishPage.selectFirst("[data-testid=row3-target90-error]").text()).isEqualTo("Each column's target must be lower than the column to its left.");

        var saved = kept.set("rows[3].target90", "৮০%").set("rows[0].target60", "২০-০৬-২০৮২").set("rows[4].q4", "১")
                .set("rows[7].target100", "৫").submit(office.writer(), port);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        ActionPlan after = plans.find(office.id(), AHEAD).orElseThrow();
        var workshops = after.current().detail(new IndicatorCode(1, 5, 1)).orElseThrow();
        assertThat(workshops.quarterTargets()).containsExactly(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(after.current().detail(new IndicatorCode(2, 1, 1)).orElseThrow().responsiblePostId()).isEqualTo(office.post());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'plan.edited' and record_id = ?")
                .param(Long.toString(after.current().id())).query(Long.class).single()).isEqualTo(1);

        // the plan page, as a reader reads it: the annex table with the quarters and the post
        var page = Jsoup.parse(office.reader().get("/offices/" + office.id() + "/plans/2081-82").body());
        assertThat(page.selectFirst("tr[data-testid=row-[1.5.1]]").text()).contains("[১.৫.১]", "সমষ্টি", "৪", "ত্রৈ. ১: ১", "ত্রৈ. ৪: ১");
        assertThat(page.selectFirst("tr[data-testid=row-[2.1.1]]").text()).contains("প্রোগ্রামার");
        assertThat(page.selectFirst("[data-testid=plan-status]").text()).isEqualTo("খসড়া");
        assertThat(page.selectFirst("[data-testid=edit-plan]")).as("a reader may not edit").isNull();
        // from the plan to each quarter's progress and report
        assertThat(page.select("[data-testid=plan-links] a").eachAttr("href")).contains(
                "/offices/" + office.id() + "/plans/2081-82/progress/1", "/offices/" + office.id() + "/plans/2081-82/progress/4",
                "/offices/" + office.id() + "/plans/2081-82/reports/1", "/offices/" + office.id() + "/plans/2081-82/reports/4");
        assertThat(office.reader().get(edit).status()).isEqualTo(403);
        assertThat(Jsoup.parse(office.writer().get("/offices/" + office.id() + "/plans/2081-82").body())
                .selectFirst("[data-testid=edit-plan]")).isNotNull();
    }

    @Test
    void whereTheTemplateAllowsItTheOfficeAddsItsOwnRowSharingTheSectionsWeight() {
        template(AHEAD, OfficeLevel.DIRECTORATE, true);
        Office office = office(OfficeLevel.DIRECTORATE);
        ActionPlan plan = plans.create(office.id(), AHEAD);
        String edit = "/offices/" + office.id() + "/plans/2081-82/edit";
        var form = HtmlForm.on(office.writer().get(edit).body(), "form[data-testid=plan-form]");
        assertThat(form.value("rows[11].own")).as("a spare own row").isEqualTo("true");
        form.set("rows[11].code", "[১.৬.১]").set("rows[11].activityTitle", "দপ্তরের নিজস্ব উদ্যোগ")
                .set("rows[11].title", "নিজস্ব কর্মশালা আয়োজিত").set("rows[11].unit", "সংখ্যা").set("rows[11].calculation", "সমষ্টি")
                .set("rows[11].weight", "২").set("rows[11].target100", "২").set("rows[11].target90", "১").set("rows[11].evidence", "নোটিশ");
        var refused = Jsoup.parse(form.submit(office.writer(), port).body());
        assertThat(refused.select("[data-testid=form-errors] li").eachText()).containsExactly(
                "কৌশলগত উদ্দেশ্য ১-এর সূচকগুলোর মানের যোগফল ৩২, কিন্তু উদ্দেশ্যের মান ৩০।");
        assertThat(refused.selectFirst("[data-testid=section-1-error]").text())
                .isEqualTo("কৌশলগত উদ্দেশ্য ১-এর সূচকগুলোর মানের যোগফল ৩২, কিন্তু উদ্দেশ্যের মান ৩০।");
        assertThat(rows(plan.current().id())).doesNotContain("1,6,1");

        var saved = HtmlForm.on(refused.outerHtml(), "form[data-testid=plan-form]").set("rows[0].weight", "৮").submit(office.writer(), port);
        assertThat(saved.status()).isEqualTo(302);
        var page = Jsoup.parse(office.reader().get("/offices/" + office.id() + "/plans/2081-82").body());
        assertThat(page.selectFirst("tr[data-testid=row-[1.6.1]]").text()).contains("নিজস্ব কর্মশালা আয়োজিত", "দপ্তরের নিজস্ব সূচক");
        assertThat(page.selectFirst("tr[data-testid=row-[1.1.1]]").text()).contains("৮");
        ActionPlan after = plans.find(office.id(), AHEAD).orElseThrow();
        assertThat(after.current().content().sections().getFirst().indicators().map(PlanTemplate.Indicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("30");
    }

    @Test
    void anIssuedPlanIsRevisedWithAReasonBeforeTheCutOffAndNeverChanges() {
        template(AHEAD, OfficeLevel.MINISTRY, false);
        Office office = office(OfficeLevel.MINISTRY);
        ActionPlan plan = plans.create(office.id(), AHEAD);
        String base = "/offices/" + office.id() + "/plans/2081-82";
        assertThat(Jsoup.parse(office.writer().get(base + "/revise").body()).selectFirst("[data-testid=revise-refused]").text())
                .as("a draft is edited, not revised").isEqualTo("জারি হওয়া সংস্করণই কেবল সংশোধন করা যায়।");
        issueBySql(office.id(), plan);
        long issued = plan.current().id();
        String issuedRows = rows(issued);

        assertThat(office.writer().get(base + "/edit").status()).as("an issued version is not edited").isEqualTo(400);
        assertThat(office.writer().get(base + "/edit").body()).contains("এই সংস্করণ জারি হয়েছে");
        var page = Jsoup.parse(office.writer().get(base).body());
        assertThat(page.selectFirst("[data-testid=plan-status]").text()).isEqualTo("জারিকৃত");
        assertThat(page.selectFirst("[data-testid=revise-plan]")).isNotNull();

        var form = HtmlForm.on(office.writer().get(base + "/revise").body(), "form[data-testid=revise-form]");
        var noReason = form.set("reason", "   ").submit(office.writer(), port);
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(Jsoup.parse(noReason.body()).selectFirst("[data-testid=reason-error]").text()).isEqualTo("সংশোধনের কারণ লিখুন।");
        assertThat(plans.find(office.id(), AHEAD).orElseThrow().versions()).hasSize(1);

        var revised = form.set("reason", "মন্ত্রিপরিষদ বিভাগের নির্দেশনা অনুযায়ী কর্মশালার লক্ষ্যমাত্রা হালনাগাদ").submit(office.writer(), port);
        assertThat(revised.status()).isEqualTo(302);
        assertThat(revised.location()).endsWith(base + "/edit");
        ActionPlan next = plans.find(office.id(), AHEAD).orElseThrow();
        assertThat(next.current().number()).isEqualTo(2);
        assertThat(next.current().status()).isEqualTo(ActionPlan.Status.DRAFT);
        assertThat(next.current().reasonBn()).startsWith("মন্ত্রিপরিষদ বিভাগের নির্দেশনা");
        assertThat(rows(next.current().id())).as("copied from the issued one").isEqualTo(issuedRows);

        var saved = HtmlForm.on(office.writer().get(base + "/edit").body(), "form[data-testid=plan-form]")
                .set("rows[4].target100", "৫").submit(office.writer(), port);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(rows(issued)).as("the issued version unchanged").isEqualTo(issuedRows);
        assertThat(rows(next.current().id())).isNotEqualTo(issuedRows);
        assertThatThrownBy(() -> jdbc.sql("update plan_row set targets = '{1,NULL,NULL,NULL,NULL}' where plan_version_id = ?")
                .param(issued).update()).hasMessageContaining("issued");

        var history = Jsoup.parse(office.reader().get(base).body());
        assertThat(history.selectFirst("tr[data-testid=version-2]").text()).contains("খসড়া", "কর্মশালার লক্ষ্যমাত্রা হালনাগাদ");
        assertThat(history.selectFirst("tr[data-testid=version-1]").text()).contains("জারিকৃত", "প্রথম সংস্করণ");
        assertThat(office.writer().post(base + "/revise", Map.of("reason", "আবার")).status())
                .as("one open version at a time").isEqualTo(200);
        assertThat(plans.find(office.id(), AHEAD).orElseThrow().versions()).hasSize(2);
    }

    @Test
    void afterTheCutOffARevisionIsRefusedInBangla() {
        template(PAST, OfficeLevel.DIVISION, false);
        Office office = office(OfficeLevel.DIVISION);
        ActionPlan plan = plans.create(office.id(), PAST);
        issueBySql(office.id(), plan);
        String base = "/offices/" + office.id() + "/plans/2012-13";
        var page = Jsoup.parse(office.writer().get(base + "/revise").body());
        assertThat(page.selectFirst("[data-testid=revise-refused]").text())
                .isEqualTo("সংশোধনের সময় শেষ: জারিকৃত কর্মপরিকল্পনা কেবল ৩০ সেপ্টেম্বর ২০১২ পর্যন্ত সংশোধন করা যায়।");
        assertThat(page.selectFirst("form[data-testid=revise-form]")).isNull();
        assertThat(Jsoup.parse(office.writer().get(base).body()).selectFirst("[data-testid=revise-plan]")).isNull();
        var posted = office.writer().post(base + "/revise", Map.of("reason", "দেরিতে সংশোধন"));
        assertThat(Jsoup.parse(posted.body()).selectFirst("[data-testid=revise-refused]")).isNotNull();
        assertThat(plans.find(office.id(), PAST).orElseThrow().versions()).as("no new version").hasSize(1);
    }

    @Test
    void theOfficePageAndTheStartPageLeadToThePlanForThoseWithThePermission() {
        FiscalYear thisYear = FiscalYear.of(Dhaka.today());
        template(thisYear, OfficeLevel.DIRECTORATE, false);
        Office office = office(OfficeLevel.DIRECTORATE);
        var officePage = Jsoup.parse(office.reader().get("/offices/" + office.id()).body());
        assertThat(officePage.selectFirst("[data-testid=plans-link]").attr("href")).isEqualTo("/offices/" + office.id() + "/plans");
        assertThat(Jsoup.parse(new Browsing(port).get("/offices/" + office.id()).body()).selectFirst("[data-testid=plans-link]"))
                .as("not for the public").isNull();

        var tasks = Jsoup.parse(office.writer().get("/tasks").body());
        assertThat(tasks.selectFirst("[data-testid=task-plan-make]").text()).isEqualTo("এই অর্থবছরের কর্মপরিকল্পনা প্রণয়ন করতে হবে");
        assertThat(tasks.selectFirst("[data-testid=task-plan-make] a").attr("href")).isEqualTo("/offices/" + office.id() + "/plans");
        assertThat(Jsoup.parse(office.reader().get("/tasks").body()).selectFirst("[data-testid=task-plan-make]"))
                .as("a reader is not asked to make it").isNull();

        plans.create(office.id(), thisYear);
        var draft = Jsoup.parse(office.writer().get("/tasks").body());
        assertThat(draft.selectFirst("[data-testid=task-plan-make]")).isNull();
        assertThat(draft.selectFirst("[data-testid=task-plan-finish] a").attr("href"))
                .isEqualTo("/offices/" + office.id() + "/plans/" + thisYear.shortLabelLatin() + "/edit");
    }

    @Test
    void theCabinetDivisionLetsOfficesAddRowsThroughTheImportAndTheTemplateForm() {
        String name = "plan-draft-admin-" + System.nanoTime();
        accounts.create(name, Role.OFFICE_ADMIN, accounts.cabinetDivision());
        var admin = new Browsing(port);
        admin.signIn(name, TestAccounts.PASSWORD);
        admin.get("/plan-templates/import");
        var imported = admin.multipart("/plan-templates/import", Map.of("fiscal_year", "2082-83", "level", "UPAZILA",
                        "title_bn", "উপজেলা কর্মপরিকল্পনা ২০৮২-৮৩", "title_en", "", "total_weight", "50", "office_rows_allowed", "true"),
                List.of(new Browsing.Upload("file", "t.csv", "text/csv", PlanFixtures.mowcaCsv())));
        assertThat(imported.status()).as(imported.body()).isEqualTo(302);
        String location = imported.location();
        long versionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1).replaceFirst("\\?.*", ""));
        assertThat(templates.version(versionId).orElseThrow().content().officeRowsAllowed()).isTrue();
        assertThat(Jsoup.parse(admin.get("/plan-templates/" + versionId).body()).selectFirst("[data-testid=office-rows]").text())
                .startsWith("দপ্তরসমূহ এই সংস্করণের ভিত্তিতে কর্মপরিকল্পনায় নিজস্ব সূচক যোগ করতে পারবে");

        var form = HtmlForm.on(admin.get("/plan-templates/" + versionId + "/edit").body(), "form[data-testid=template-form]");
        assertThat(form.value("office_rows_allowed")).as("the box ticked as saved").isEqualTo("true");
        assertThat(form.set("office_rows_allowed").submit(admin, port).status()).isEqualTo(302);
        assertThat(templates.version(versionId).orElseThrow().content().officeRowsAllowed()).as("unticked: a draft rewritten").isFalse();
    }
}
