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

    /** A year whose every deadline has passed, and one whose deadlines are all ahead. */
    public static final FiscalYear PAST = new FiscalYear(2010);
    public static final FiscalYear FUTURE = new FiscalYear(2090);

    private final TemplateService templates;
    private final PlanService plans;
    private final JdbcClient jdbc;

    PlanFixtures(TemplateService templates, PlanService plans, JdbcClient jdbc) {
        this.templates = templates;
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** The published template in force for the year and level: seed 004's, published now if there is none. */
    public synchronized PlanTemplate template(FiscalYear year, OfficeLevel level) {
        return templates.inForce(year, level).orElseGet(() -> {
            var read = TemplateFile.csv(mowcaCsv());
            var checked = TemplateRules.check("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা " + year.shortLabel(), "", "৫০",
                    read.lines().stream().map(TemplateFile.Line::row).toList());
            if (!checked.ok()) {
                throw new IllegalStateException("the fixture template does not pass the rules: " + checked.header());
            }
            var saved = templates.save(year, level, checked.content());
            templates.publish(saved.versionId());
            return templates.version(saved.versionId()).orElseThrow();
        });
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
