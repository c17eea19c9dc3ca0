package bd.udbhabon.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.internal.TemplateFile;
import bd.udbhabon.plan.internal.TemplateRules;
import bd.udbhabon.plan.internal.TemplateService;
import bd.udbhabon.team.HtmlForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Cabinet Division's templates through the pages: imported from a file (seed 004's ministry
 * template; a file with several bad rows: all reported, nothing written), entered through the form
 * (which keeps what was typed on error), versioned (a published version is never changed, an edit makes
 * the next), read by an office for its level and refused to others. Each test uses a fiscal year of
 * its own, as they share the application's database.
 */
@IntegrationTest
class PlanTemplateTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TemplateService templates;
    @Autowired
    JdbcClient jdbc;

    Browsing admin;

    @BeforeEach
    void signIn() {
        String name = "plan-admin-" + System.nanoTime();
        accounts.create(name, Role.OFFICE_ADMIN, accounts.cabinetDivision());
        admin = new Browsing(port);
        admin.signIn(name, TestAccounts.PASSWORD);
        admin.get("/plan-templates/import"); // the session's CSRF token
    }

    private Browsing.Page importFile(String year, String level, String total, String name, String type, byte[] bytes) {
        return admin.multipart("/plan-templates/import", Map.of("fiscal_year", year, "level", level,
                        "title_bn", "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা " + year, "title_en", "", "total_weight", total),
                List.of(new Browsing.Upload("file", name, type, bytes)));
    }

    private static long versionId(Browsing.Page redirect) {
        String location = redirect.location();
        String tail = location.substring(location.lastIndexOf('/') + 1);
        return Long.parseLong(tail.contains("?") ? tail.substring(0, tail.indexOf('?')) : tail);
    }

    private long templates(int startYear) {
        return jdbc.sql("select count(*) from plan_template_version v join plan_template t on t.id = v.template_id where t.fiscal_year = ?")
                .param(startYear).query(Long.class).single();
    }

    @Test
    void theSeedsMinistryTemplateImportsCleanlyAndReadsAsTheSeedHasIt() throws IOException {
        byte[] csv = TemplateRulesTest.mowcaCsv();
        var imported = importFile("২০২৩-২৪", "MINISTRY", "৫০", "mowca-2023-24.csv", "text/csv", csv);
        assertThat(imported.status()).isEqualTo(302);
        PlanTemplate template = templates.version(versionId(imported)).orElseThrow();
        assertThat(template.fiscalYear()).isEqualTo(new FiscalYear(2023));
        assertThat(template.level()).isEqualTo(OfficeLevel.MINISTRY);
        assertThat(template.version()).isEqualTo(1);
        assertThat(template.status()).isEqualTo(PlanTemplate.Status.DRAFT);
        var expected = TemplateRules.check("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪", "", "50",
                TemplateFile.csv(csv).lines().stream().map(TemplateFile.Line::row).toList()).content();
        assertThat(template.content()).as("stored and read back as the file says").isEqualTo(expected);

        var page = admin.get("/plan-templates/" + template.versionId());
        assertThat(page.status()).isEqualTo(200);
        var row = Jsoup.parse(page.body()).selectFirst("tr[data-testid=indicator-[1.4.1]]");
        assertThat(row.text()).contains("[১.৪.১] ই-ফাইলে নোট নিষ্পত্তিকৃত", "%", "গড়", "৮৫%", "৮০%", "৭৫%", "৭০%", "৬৫%",
                "ই-নথি সিস্টেমের প্রতিবেদন");
        assertThat(Jsoup.parse(page.body()).selectFirst("tr[data-testid=indicator-[1.1.1]]").text())
                .contains("০৬-০৫-২০২৪", "০৩-০৬-২০২৪", "তারিখ");
        assertThat(Jsoup.parse(page.body()).select("tbody tr")).hasSize(11);
        assertThat(admin.get("/plan-templates").body()).contains("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪", "খসড়া");
    }

    @Test
    void aFileWithSeveralBadRowsIsReportedRowByRowInBanglaAndNothingIsWritten() throws IOException {
        String csv = new String(TemplateRulesTest.mowcaCsv(), StandardCharsets.UTF_8)
                .replace("[১.২.১],", "[১.১.১],")                 // line 3: a code twice
                .replace(",৮৫%,৮০%,", ",৮০%,৮৫%,")               // line 5: targets out of order
                .replace("স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মপরিকল্পনা প্রণয়নকৃত,তারিখ,তারিখ",
                        "স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মপরিকল্পনা প্রণয়নকৃত,তারিখ,সমষ্টি") // line 7: a date summed
                .replace(",৫,২৮-০২-২০২৪,", ",৫,৩০-০২-২০২৪,");       // line 12: no such day
        long before = templates(2030);
        var page = importFile("2030-31", "DIRECTORATE", "50", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        assertThat(html.selectFirst("[data-testid=import-refused]").text()).isEqualTo("১১টি সারির ৪টিতে ভুল; কিছুই সংরক্ষণ হয়নি। ঠিক করে আবার আমদানি করুন।");
        assertThat(html.select("tr.bad").eachAttr("data-testid")).containsExactly("line-3", "line-5", "line-7", "line-12");
        assertThat(html.selectFirst("tr[data-testid=line-3]").text()).contains("কলাম কোড", "[১.১.১] একাধিক সারিতে আছে");
        assertThat(html.selectFirst("tr[data-testid=line-5]").text()).contains("অতি উত্তম", "বাঁ পাশের কলামের চেয়ে কম হবে");
        assertThat(html.selectFirst("tr[data-testid=line-7]").text()).contains("গণনা পদ্ধতি", "তারিখ এককের সূচকের গণনা পদ্ধতি");
        assertThat(html.selectFirst("tr[data-testid=line-12]").text()).contains("“৩০-০২-২০২৪” তারিখ নয়");
        assertThat(templates(2030)).as("nothing written").isEqualTo(before);
        var form = HtmlForm.on(page.body(), "form[action=/plan-templates/import]");
        assertThat(form.value("fiscal_year")).as("the form keeps what was typed").isEqualTo("2030-31");
        assertThat(form.value("level")).isEqualTo("DIRECTORATE");

        // weights that do not add up: the section's first row and the total, still nothing written
        String weights = new String(TemplateRulesTest.mowcaCsv(), StandardCharsets.UTF_8).replace("ই-নথির ব্যবহার বৃদ্ধি,ই-ফাইলে নোট নিষ্পত্তিকৃত,%,গড়,৫,",
                "ই-নথির ব্যবহার বৃদ্ধি,ই-ফাইলে নোট নিষ্পত্তিকৃত,%,গড়,৭,");
        var sums = Jsoup.parse(importFile("2030-31", "DIRECTORATE", "50", "w.csv", "text/csv", weights.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(sums.selectFirst("tr[data-testid=line-2]").text()).contains("কৌশলগত উদ্দেশ্য ১-এর সূচকগুলোর মানের যোগফল ৩২, কিন্তু উদ্দেশ্যের মান ৩০");
        assertThat(templates(2030)).isEqualTo(before);

        var notAFile = Jsoup.parse(importFile("2030-31", "DIRECTORATE", "50", "t.xlsx", "application/octet-stream",
                "<html>hello</html>".getBytes(StandardCharsets.UTF_8)).body());
        assertThat(notAFile.selectFirst("[data-testid=file-error]")).isNotNull();
        assertThat(templates(2030)).isEqualTo(before);
    }

    @Test
    void aPublishedVersionNeverChangesAnEditMakesTheNextVersion() throws IOException {
        var imported = importFile("2031-32", "UPAZILA", "50", "t.csv", "text/csv", TemplateRulesTest.mowcaCsv());
        long v1 = versionId(imported);
        // a draft is rewritten in place
        var again = importFile("2031-32", "UPAZILA", "50", "t.csv", "text/csv", TemplateRulesTest.mowcaCsv());
        assertThat(versionId(again)).isEqualTo(v1);
        assertThat(admin.post("/plan-templates/" + v1 + "/publish", Map.of()).status()).isEqualTo(302);
        PlanTemplate published = templates.version(v1).orElseThrow();
        assertThat(published.published()).isTrue();
        assertThat(templates.inForce(new FiscalYear(2031), OfficeLevel.UPAZILA).orElseThrow().versionId()).isEqualTo(v1);

        // the edit form of the published version, a weight moved from [১.৪.১] to [১.১.১]
        var form = HtmlForm.on(admin.get("/plan-templates/" + v1 + "/edit").body(), "form[data-testid=template-form]");
        assertThat(form.value("rows[0].code")).isEqualTo("[১.১.১]");
        assertThat(form.value("rows[3].weight")).isEqualTo("৫");
        var saved = form.set("rows[0].weight", "১১").set("rows[3].weight", "৪").submit(admin, port);
        assertThat(saved.status()).isEqualTo(302);
        long v2 = versionId(saved);
        assertThat(v2).isNotEqualTo(v1);
        PlanTemplate next = templates.version(v2).orElseThrow();
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(PlanTemplate.Status.DRAFT);
        assertThat(next.indicators().findFirst().orElseThrow().weight()).isEqualByComparingTo("11");
        assertThat(templates.version(v1).orElseThrow()).as("the published version as it was").isEqualTo(published);
        assertThat(templates.inForce(new FiscalYear(2031), OfficeLevel.UPAZILA).orElseThrow().versionId())
                .as("plans are still made on the published one").isEqualTo(v1);
        // an older version is not edited
        assertThat(admin.post("/plan-templates/" + v1 + "/edit", Map.of("title_bn", "x")).status()).isEqualTo(400);

        // whoever writes, the database keeps a published version as it is
        assertThatThrownBy(() -> jdbc.sql("""
                update plan_indicator set weight = 1 where activity_id in
                  (select a.id from plan_activity a join plan_section s on s.id = a.section_id where s.version_id = ?)""")
                .param(v1).update()).hasMessageContaining("is published");
        assertThatThrownBy(() -> jdbc.sql("update plan_template_version set title_bn = 'x' where id = ?").param(v1).update())
                .hasMessageContaining("is published");
    }

    @Test
    void anAdministratorEntersATemplateThroughTheFormWhichKeepsWhatWasTypedOnError() {
        var form = HtmlForm.on(admin.get("/plan-templates/new").body(), "form[data-testid=template-form]");
        form.set("fiscal_year", "২০৩২-৩৩").set("level", "DISTRICT").set("title_bn", "জেলা কর্মপরিকল্পনা ২০৩২-৩৩").set("total_weight", "১০")
                .set("rows[0].code", "[১.১.১]").set("rows[0].sectionTitle", "উদ্ভাবন").set("rows[0].sectionWeight", "১০")
                .set("rows[0].activityTitle", "সেবা সহজিকরণ").set("rows[0].indicator", "সেবা সহজিকৃত").set("rows[0].unit", "সংখ্যা")
                .set("rows[0].calculation", "সমষ্টি").set("rows[0].weight", "৬").set("rows[0].target100", "৩").set("rows[0].target90", "২")
                .set("rows[0].target80", "১").set("rows[0].evidence", "অফিস আদেশ")
                .set("rows[1].code", "[১.১.২]").set("rows[1].indicator", "ই-নথিতে নিষ্পত্তি").set("rows[1].unit", "%")
                .set("rows[1].calculation", "গড়").set("rows[1].weight", "৫").set("rows[1].target100", "৮০").set("rows[1].target90", "৮৫")
                .set("rows[1].evidence", "প্রতিবেদন");
        var refused = form.submit(admin, port);
        assertThat(refused.status()).isEqualTo(200);
        var page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("[data-testid=form-errors]")).isNotNull();
        assertThat(page.selectFirst("[data-testid=row1-target_90-error]").text()).isEqualTo("প্রতিটি কলামের লক্ষ্যমাত্রা বাঁ পাশের কলামের চেয়ে কম হবে।");
        var kept = HtmlForm.on(refused.body(), "form[data-testid=template-form]");
        assertThat(kept.value("title_bn")).isEqualTo("জেলা কর্মপরিকল্পনা ২০৩২-৩৩");
        assertThat(kept.value("fiscal_year")).isEqualTo("২০৩২-৩৩");
        assertThat(kept.value("rows[0].indicator")).isEqualTo("সেবা সহজিকৃত");
        assertThat(kept.value("rows[1].target90")).isEqualTo("৮৫");
        assertThat(kept.value("rows[1].weight")).isEqualTo("৫");
        assertThat(templates(2032)).isZero();

        // the targets put in order: now the weights (6 + 5 in a section of 10) are what is wrong
        var weights = Jsoup.parse(kept.set("rows[1].target100", "৮৫").set("rows[1].target90", "৮০").submit(admin, port).body());
        assertThat(weights.selectFirst("[data-testid=row0-section_weight-error]").text())
                .isEqualTo("কৌশলগত উদ্দেশ্য ১-এর সূচকগুলোর মানের যোগফল ১১, কিন্তু উদ্দেশ্যের মান ১০।");
        assertThat(templates(2032)).isZero();

        var created = HtmlForm.on(weights.outerHtml(), "form[data-testid=template-form]").set("rows[0].weight", "৫").submit(admin, port);
        assertThat(created.status()).isEqualTo(302);
        PlanTemplate template = templates.version(versionId(created)).orElseThrow();
        assertThat(template.level()).isEqualTo(OfficeLevel.DISTRICT);
        assertThat(template.indicators().map(i -> i.code().bangla())).containsExactly("[১.১.১]", "[১.১.২]");
        assertThat(template.indicators().toList().get(1).targets().columns()).containsExactly(
                new java.math.BigDecimal("85"), new java.math.BigDecimal("80"), null, null, null);

        // a second template for the same year and level is refused on the year's field
        var twice = HtmlForm.on(admin.get("/plan-templates/new").body(), "form[data-testid=template-form]");
        var again = Jsoup.parse(twice.set("fiscal_year", "2032-33").set("level", "DISTRICT").set("title_bn", "আবার").set("total_weight", "5")
                .set("rows[0].code", "1.1.1").set("rows[0].sectionTitle", "ক").set("rows[0].sectionWeight", "5").set("rows[0].activityTitle", "খ")
                .set("rows[0].indicator", "গ").set("rows[0].unit", "হ্যাঁ/না").set("rows[0].calculation", "ক্রমপুঞ্জিভূত")
                .set("rows[0].weight", "5").set("rows[0].evidence", "ঘ").submit(admin, port).body());
        assertThat(again.selectFirst("[data-testid=fiscal_year-error]").text()).contains("আগে থেকেই আছে");
    }

    @Test
    void anOfficeReadsItsLevelsTemplateAndOnlyTheCabinetDivisionWritesThem() throws IOException {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        String name = "plan-reader-" + System.nanoTime();
        accounts.create(name, Role.TEAM_MEMBER, bogura);
        var reader = new Browsing(port);
        reader.signIn(name, TestAccounts.PASSWORD);
        var imported = importFile("2033-34", "DISTRICT", "50", "t.csv", "text/csv", TemplateRulesTest.mowcaCsv());
        long id = versionId(imported);

        assertThat(reader.get("/offices/" + bogura + "/plan-template?year=2033-34").body())
                .as("a draft is not shown to the offices").contains("data-testid=\"no-template\"");
        admin.post("/plan-templates/" + id + "/publish", Map.of());
        var page = reader.get("/offices/" + bogura + "/plan-template?year=2033-34");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("ই-ফাইলে নোট নিষ্পত্তিকৃত", "৮৫%");
        assertThat(reader.get("/offices/" + bogura).body()).contains("/offices/" + bogura + "/plan-template");
        var json = reader.get("/api/v1/offices/" + bogura + "/plan-template?year=2033-34");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("\"code\":\"[1.4.1]\"", "\"codeBn\":\"[১.৪.১]\"", "\"targets\":[\"85\",\"80\",\"75\",\"70\",\"65\"]",
                "\"targets\":[\"2024-05-06\",\"2024-05-13\",", "\"scoreRule\":\"STEP\"", "\"totalWeight\":50");
        assertThat(reader.get("/api/v1/offices/" + bogura + "/plan-template?year=2040-41").status()).isEqualTo(404);

        assertThat(reader.get("/plan-templates").status()).isEqualTo(403);
        assertThat(reader.get("/plan-templates/" + id).status()).isEqualTo(403);
        reader.get("/offices/" + bogura + "/plan-template");
        assertThat(reader.post("/plan-templates/" + id + "/publish", Map.of()).status()).isEqualTo(403);
        assertThat(reader.post("/plan-templates/new", Map.of("fiscal_year", "2034-35")).status()).isEqualTo(403);
    }
}
