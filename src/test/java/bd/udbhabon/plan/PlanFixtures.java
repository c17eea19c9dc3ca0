package bd.udbhabon.plan;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.internal.PlanService;
import bd.udbhabon.plan.internal.TemplateFile;
import bd.udbhabon.plan.internal.TemplateRules;
import bd.udbhabon.plan.internal.TemplateService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans for tests, made the way offices make them: a published template (seed 004's ministry
 * template, imported and published through the template service) for any year and level, fresh
 * offices (no plan yet) in either hierarchy, and plans made on them through {@link PlanService}.
 * Tests share the application's database, so each makes its own offices; years before today make
 * every deadline past (late), years after it none.
 */
@Component
public class PlanFixtures {

    /**
     * The plan tests' own database: they make divisions, districts, upazilas and ministries of their own,
     * which would change the registry's counts and hierarchies that the office, decision and directory
     * tests check in the shared one.
     */
    public static final String OWN_DATABASE = "udbhabon.test.own-database=plan";

    /** A year whose every deadline has passed, and one whose deadlines are all ahead. */
    public static final FiscalYear PAST = new FiscalYear(2010);
    public static final FiscalYear FUTURE = new FiscalYear(2090);

    private final TemplateService templates;
    private final PlanService plans;
    private final JdbcClient jdbc;
    private final ActionPlanning planning;

    PlanFixtures(TemplateService templates, PlanService plans, JdbcClient jdbc, ActionPlanning planning) {
        this.planning = planning;
        this.templates = templates;
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** The published template in force for the year and level: seed 004's, published now if there is none. */
    public synchronized PlanTemplate template(FiscalYear year, OfficeLevel level) {
        return templates.inForce(year, level).orElseGet(() -> templates.version(planning.publishTemplate(year, level,
                "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা " + year.shortLabel(), "৫০", mowcaCsv())).orElseThrow());
    }

    /**
     * Seed 004's template published for the year and level with its days moved into that year (so that a plan
     * made on it keeps the plan rules: days inside the fiscal year), letting offices add rows of their own if
     * asked; the one in force if the year and level already have one.
     */
    public synchronized PlanTemplate templateWithin(FiscalYear year, OfficeLevel level, boolean officeRowsAllowed) {
        return templates.inForce(year, level).orElseGet(() -> {
            String csv = new String(mowcaCsv(), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("-২০২৪,", "-" + bd.udbhabon.bangla.BanglaDigits.toBangla(Integer.toString(year.endYear())) + ",");
            var read = TemplateFile.csv(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var checked = TemplateRules.check("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা " + year.shortLabel(), "", "50",
                    read.lines().stream().map(TemplateFile.Line::row).toList());
            var saved = templates.save(year, level, checked.content().withOfficeRowsAllowed(officeRowsAllowed));
            templates.publish(saved.versionId());
            return templates.version(saved.versionId()).orElseThrow();
        });
    }

    /**
     * The plan's open version marked issued (approved at the year's start, a stand-in paper under a memo number
     * of its own) with plain SQL: a stand-in for the paper part (plan-paper) in tests until that lands.
     */
    public void issueBySql(ActionPlan plan) {
        long n = System.nanoTime();
        // a memo file number as offices write them (groups of 2.2.4.3.2.3.2 digits), the office's and this call's own
        String fileNumber = "05.55.%04d.%03d.14.%03d.26".formatted(plan.officeId() % 10_000, n % 1000, n / 1000 % 1000);
        long file = jdbc.sql("insert into memo_file (office_id, file_number, subject_bn) values (?, ?, 'কর্মপরিকল্পনা') returning id")
                .param(plan.officeId()).param(fileNumber).query(Long.class).single();
        String memo = fileNumber + ".1";
        jdbc.sql("insert into issued_memo (memo_number, file_id, paper) values (?, ?, ?)").param(memo).param(file)
                .param("plan:" + plan.current().id()).update();
        long paper = jdbc.sql("""
                        insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, pdf, docx)
                        values (?, ?, ?, ?, ?, '\\x25'::bytea, '\\x50'::bytea) returning id""")
                .param(plan.officeId()).param(file).param(memo).param(plan.fiscalYear().start()).param("plan:" + plan.current().id())
                .query(Long.class).single();
        jdbc.sql("update plan_version set status = 'ISSUED', approved_on = ?, approval_meeting_bn = 'মাসিক সমন্বয় সভা', paper_id = ? where id = ?")
                .param(plan.fiscalYear().start()).param(paper).param(plan.current().id()).update();
    }

    /** A new office of {@code level} under the given parents (either may be null), with no plan yet. */
    public long office(OfficeLevel level, Long adminParentId, Long lineParentId) {
        String name = "পরীক্ষার দপ্তর " + System.nanoTime();
        return jdbc.sql("""
                        insert into office (level, name_bn, name_en, admin_parent_id, line_parent_id)
                        values (?, ?, ?, ?, ?) returning id""")
                .param(level.name()).param(name).param("Test office " + name.substring(name.lastIndexOf(' ') + 1))
                .param(adminParentId).param(lineParentId).query(Long.class).single();
    }

    /** The office's plan for the year, made now on the template in force (published first if need be). */
    public ActionPlan plan(long officeId, FiscalYear year) {
        OfficeLevel level = OfficeLevel.valueOf(jdbc.sql("select level from office where id = ?").param(officeId)
                .query(String.class).single());
        template(year, level);
        return plans.create(officeId, year);
    }

    public static byte[] mowcaCsv() {
        try (InputStream in = PlanFixtures.class.getResourceAsStream("/demo/mowca-2023-24.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
