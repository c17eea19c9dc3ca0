package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.Calculation;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.PlanTemplates;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.SystemMeasure;
import bd.udbhabon.plan.Targets;
import bd.udbhabon.plan.TemplateContent;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The templates' SQL: versions and their rows. */
@Repository
class TemplateRepository {

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long versionId, long templateId, FiscalYear fiscalYear, OfficeLevel level, int version,
                PlanTemplate.Status status, java.time.Instant publishedAt, String titleBn, String titleEn, BigDecimal totalWeight) {
    }

    private static final String HEAD = """
            select v.id, v.template_id, t.fiscal_year, t.office_level, v.version, v.status, v.published_at,
                   v.title_bn, v.title_en, v.total_weight
              from plan_template_version v join plan_template t on t.id = v.template_id""";

    Optional<Head> head(long versionId) {
        return jdbc.sql(HEAD + " where v.id = ?").param(versionId).query(TemplateRepository::head).optional();
    }

    /** The template's latest version (any status), or its latest published one. */
    Optional<Head> latest(FiscalYear year, OfficeLevel level, boolean publishedOnly) {
        return jdbc.sql(HEAD + " where t.fiscal_year = ? and t.office_level = ?"
                        + (publishedOnly ? " and v.status = 'PUBLISHED'" : "") + " order by v.version desc limit 1")
                .param(year.startYear()).param(level.name()).query(TemplateRepository::head).optional();
    }

    Optional<Long> templateId(FiscalYear year, OfficeLevel level) {
        return jdbc.sql("select id from plan_template where fiscal_year = ? and office_level = ?")
                .param(year.startYear()).param(level.name()).query(Long.class).optional();
    }

    /** The year's and level's template, made now if there is none (two first saves at once both get the one row). */
    long template(FiscalYear year, OfficeLevel level) {
        jdbc.sql("insert into plan_template (fiscal_year, office_level) values (?, ?) on conflict (fiscal_year, office_level) do nothing")
                .param(year.startYear()).param(level.name()).update();
        return templateId(year, level).orElseThrow();
    }

    /** Locks the template so that two saves cannot both make "the next" version. */
    void lock(long templateId) {
        jdbc.sql("select id from plan_template where id = ? for update").param(templateId).query(Long.class).single();
    }

    long createVersion(long templateId, TemplateContent content, Long copiedFrom) {
        return jdbc.sql("""
                        insert into plan_template_version (template_id, version, status, title_bn, title_en, total_weight, copied_from)
                        values (:template, (select coalesce(max(version), 0) + 1 from plan_template_version where template_id = :template),
                                'DRAFT', :titleBn, :titleEn, :total, :copiedFrom)
                        returning id""")
                .param("template", templateId).param("titleBn", content.titleBn()).param("titleEn", content.titleEn())
                .param("total", content.totalWeight()).param("copiedFrom", copiedFrom).query(Long.class).single();
    }

    /** Replaces a draft's header and rows (the trigger refuses it for a published version). */
    void replace(long versionId, TemplateContent content) {
        jdbc.sql("update plan_template_version set title_bn = ?, title_en = ?, total_weight = ? where id = ?")
                .param(content.titleBn()).param(content.titleEn()).param(content.totalWeight()).param(versionId).update();
        jdbc.sql("delete from plan_section where version_id = ?").param(versionId).update();
        writeRows(versionId, content);
    }

    void writeRows(long versionId, TemplateContent content) {
        for (PlanTemplate.Section section : content.sections()) {
            long sectionId = jdbc.sql("insert into plan_section (version_id, section_no, title_bn, weight) values (?, ?, ?, ?) returning id")
                    .param(versionId).param(section.number()).param(section.titleBn()).param(section.weight())
                    .query(Long.class).single();
            for (PlanTemplate.Activity activity : section.activities()) {
                long activityId = jdbc.sql("insert into plan_activity (section_id, activity_no, title_bn) values (?, ?, ?) returning id")
                        .param(sectionId).param(activity.number()).param(activity.titleBn()).query(Long.class).single();
                for (PlanTemplate.Indicator i : activity.indicators()) {
                    boolean date = i.unit() == IndicatorUnit.DATE;
                    boolean numbers = i.unit() == IndicatorUnit.COUNT || i.unit() == IndicatorUnit.PERCENT;
                    jdbc.sql("""
                                    insert into plan_indicator (activity_id, indicator_no, title_bn, unit, calculation, weight,
                                                                targets, target_dates, evidence_bn, system_measure)
                                    values (?, ?, ?, ?, ?, ?, ?::numeric[], ?::date[], ?, ?)""")
                            .param(activityId).param(i.code().indicator()).param(i.titleBn()).param(i.unit().name())
                            .param(i.calculation().name()).param(i.weight())
                            .param(numbers ? arrayText(i.targets().columns().stream().map(v -> v == null ? null : v.toPlainString()).toList()) : null)
                            .param(date ? arrayText(i.targets().columns().stream().map(v -> v == null ? null : Quantity.toDate(v).toString()).toList()) : null)
                            .param(i.evidenceBn()).param(i.measure() == null ? null : i.measure().name())
                            .update();
                }
            }
        }
    }

    void publish(long versionId) {
        jdbc.sql("update plan_template_version set status = 'PUBLISHED', published_at = now() where id = ? and status = 'DRAFT'")
                .param(versionId).update();
    }

    TemplateContent content(Head head) {
        Map<Integer, String[]> sections = new LinkedHashMap<>();
        Map<String, String> activities = new LinkedHashMap<>();
        List<PlanTemplate.Indicator> indicators = new ArrayList<>();
        jdbc.sql("""
                        select s.section_no, s.title_bn as section_title, s.weight as section_weight,
                               a.activity_no, a.title_bn as activity_title,
                               i.indicator_no, i.title_bn, i.unit, i.calculation, i.weight, i.targets, i.target_dates,
                               i.evidence_bn, i.system_measure
                          from plan_section s
                          join plan_activity a on a.section_id = s.id
                          join plan_indicator i on i.activity_id = a.id
                         where s.version_id = ?
                         order by s.section_no, a.activity_no, i.indicator_no""")
                .param(head.versionId()).query((rs, n) -> {
                    int s = rs.getInt("section_no");
                    int a = rs.getInt("activity_no");
                    sections.putIfAbsent(s, new String[] {rs.getString("section_title"), rs.getBigDecimal("section_weight").toPlainString()});
                    activities.putIfAbsent(s + "." + a, rs.getString("activity_title"));
                    indicators.add(indicator(rs, new IndicatorCode(s, a, rs.getInt("indicator_no"))));
                    return null;
                }).list();
        List<PlanTemplate.Section> result = new ArrayList<>();
        sections.forEach((number, section) -> {
            Map<Integer, List<PlanTemplate.Indicator>> byActivity = new LinkedHashMap<>();
            indicators.stream().filter(i -> i.code().section() == number)
                    .forEach(i -> byActivity.computeIfAbsent(i.code().activity(), k -> new ArrayList<>()).add(i));
            List<PlanTemplate.Activity> list = new ArrayList<>();
            byActivity.forEach((a, is) -> list.add(new PlanTemplate.Activity(a, activities.get(number + "." + a), List.copyOf(is))));
            result.add(new PlanTemplate.Section(number, section[0], Quantity.canonical(new BigDecimal(section[1])), List.copyOf(list)));
        });
        return new TemplateContent(head.titleBn(), head.titleEn(), head.totalWeight(), result);
    }

    List<PlanTemplates.VersionSummary> all() {
        return jdbc.sql("""
                        select v.id, v.template_id, t.fiscal_year, t.office_level, v.version, v.status, v.title_bn, v.title_en,
                               (select count(*) from plan_indicator i join plan_activity a on a.id = i.activity_id
                                  join plan_section s on s.id = a.section_id where s.version_id = v.id) as indicators,
                               v.version = max(v.version) over (partition by v.template_id) as latest
                          from plan_template_version v join plan_template t on t.id = v.template_id
                         order by t.fiscal_year desc, t.office_level, v.version desc""")
                .query((rs, n) -> new PlanTemplates.VersionSummary(rs.getLong("id"), rs.getLong("template_id"),
                        new FiscalYear(rs.getInt("fiscal_year")), OfficeLevel.valueOf(rs.getString("office_level")),
                        rs.getInt("version"), PlanTemplate.Status.valueOf(rs.getString("status")), rs.getString("title_bn"),
                        rs.getString("title_en"), rs.getInt("indicators"), rs.getBoolean("latest")))
                .list();
    }

    private static PlanTemplate.Indicator indicator(ResultSet rs, IndicatorCode code) throws SQLException {
        IndicatorUnit unit = IndicatorUnit.valueOf(rs.getString("unit"));
        List<BigDecimal> columns = new ArrayList<>();
        if (unit == IndicatorUnit.DATE) {
            for (Object day : (Object[]) rs.getArray("target_dates").getArray()) {
                columns.add(day == null ? null : Quantity.ofDate(((Date) day).toLocalDate()));
            }
        } else if (unit != IndicatorUnit.YES_NO) {
            for (Object value : (Object[]) rs.getArray("targets").getArray()) {
                columns.add(Quantity.canonical((BigDecimal) value));
            }
        }
        Targets targets = unit == IndicatorUnit.YES_NO ? Targets.NONE : new Targets(columns);
        String measure = rs.getString("system_measure");
        return new PlanTemplate.Indicator(code, rs.getString("title_bn"), unit, Calculation.valueOf(rs.getString("calculation")),
                Quantity.canonical(rs.getBigDecimal("weight")), targets, rs.getString("evidence_bn"), measure == null ? null : SystemMeasure.valueOf(measure));
    }

    /** A PostgreSQL array literal of plain values (numbers, ISO days) and NULLs. */
    private static String arrayText(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> v == null ? "NULL" : v).toList()) + "}";
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Head(rs.getLong("id"), rs.getLong("template_id"), new FiscalYear(rs.getInt("fiscal_year")),
                OfficeLevel.valueOf(rs.getString("office_level")), rs.getInt("version"),
                PlanTemplate.Status.valueOf(rs.getString("status")), published == null ? null : published.toInstant(),
                rs.getString("title_bn"), rs.getString("title_en"), Quantity.canonical(rs.getBigDecimal("total_weight")));
    }
}
