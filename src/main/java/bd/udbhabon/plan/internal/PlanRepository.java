package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.Calculation;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.SystemMeasure;
import bd.udbhabon.plan.Targets;
import bd.udbhabon.plan.TemplateContent;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans' SQL: plans, their versions and rows. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long id, long officeId, FiscalYear fiscalYear, long templateVersionId) {
    }

    private static final String HEAD = "select id, office_id, fiscal_year, template_version_id from plan";

    Optional<Head> head(long planId) {
        return jdbc.sql(HEAD + " where id = ?").param(planId).query(PlanRepository::head).optional();
    }

    Optional<Head> head(long officeId, FiscalYear year) {
        return jdbc.sql(HEAD + " where office_id = ? and fiscal_year = ?").param(officeId).param(year.startYear())
                .query(PlanRepository::head).optional();
    }

    /** Locks the plan so that two writers cannot both make "the next" version or both edit the open one. */
    void lock(long planId) {
        jdbc.sql("select id from plan where id = ? for update").param(planId).query(Long.class).single();
    }

    long create(long officeId, FiscalYear year, long templateVersionId, Long accountId) {
        return jdbc.sql("""
                        insert into plan (office_id, fiscal_year, template_version_id, created_by) values (?, ?, ?, ?)
                        on conflict (office_id, fiscal_year) do nothing returning id""")
                .param(officeId).param(year.startYear()).param(templateVersionId).param(accountId)
                .query(Long.class).optional().orElse(-1L);
    }

    long createVersion(long planId, String reasonBn, Long accountId) {
        return jdbc.sql("""
                        insert into plan_version (plan_id, version, status, reason_bn, created_by)
                        values (:plan, (select coalesce(max(version), 0) + 1 from plan_version where plan_id = :plan), 'DRAFT', :reason, :by)
                        returning id""")
                .param("plan", planId).param("reason", reasonBn).param("by", accountId).query(Long.class).single();
    }

    /** Version 1's rows: every indicator of the template with the template's targets. */
    void copyTemplateRows(long versionId, long templateVersionId) {
        jdbc.sql("""
                        insert into plan_row (plan_version_id, section_no, activity_no, indicator_no, indicator_id, targets, target_dates)
                        select ?, s.section_no, a.activity_no, i.indicator_no, i.id, i.targets, i.target_dates
                          from plan_section s join plan_activity a on a.section_id = s.id join plan_indicator i on i.activity_id = a.id
                         where s.version_id = ?""")
                .param(versionId).param(templateVersionId).update();
    }

    /** A revision's rows: a copy of the version it revises. */
    void copyRows(long toVersionId, long fromVersionId) {
        jdbc.sql("""
                        insert into plan_row (plan_version_id, section_no, activity_no, indicator_no, indicator_id, activity_title_bn,
                                              title_bn, unit, calculation, weight, evidence_bn, targets, target_dates,
                                              quarter_targets, responsible_post_id)
                        select ?, section_no, activity_no, indicator_no, indicator_id, activity_title_bn, title_bn, unit, calculation,
                               weight, evidence_bn, targets, target_dates, quarter_targets, responsible_post_id
                          from plan_row where plan_version_id = ?""")
                .param(toVersionId).param(fromVersionId).update();
    }

    /**
     * A draft's rows rewritten from the targets form (plan-draft): the template's indicators by code (the
     * office's weight only where it differs from the template's), the office's own rows with their text.
     */
    void replaceRows(long versionId, long templateVersionId, List<PlanRules.Line> lines) {
        jdbc.sql("delete from plan_row where plan_version_id = ?").param(versionId).update();
        for (PlanRules.Line line : lines) {
            boolean date = line.unit() == IndicatorUnit.DATE;
            boolean numbers = line.unit() == IndicatorUnit.COUNT || line.unit() == IndicatorUnit.PERCENT;
            jdbc.sql("""
                            insert into plan_row (plan_version_id, section_no, activity_no, indicator_no, indicator_id, activity_title_bn,
                                                  title_bn, unit, calculation, weight, evidence_bn, targets, target_dates,
                                                  quarter_targets, responsible_post_id)
                            values (:version, :s, :a, :i,
                                    case when :own then null else
                                      (select i.id from plan_section s join plan_activity a on a.section_id = s.id
                                         join plan_indicator i on i.activity_id = a.id
                                        where s.version_id = :template and s.section_no = :s and a.activity_no = :a and i.indicator_no = :i) end,
                                    :activity, :title, :unit, :calculation, :weight, :evidence, :targets::numeric[], :dates::date[],
                                    :quarters::numeric[], :post)""")
                    .param("version", versionId).param("template", templateVersionId).param("own", line.own())
                    .param("s", line.code().section()).param("a", line.code().activity()).param("i", line.code().indicator())
                    .param("activity", line.activityTitle()).param("title", line.own() ? line.title() : null)
                    .param("unit", line.own() ? line.unit().name() : null)
                    .param("calculation", line.own() ? line.calculation().name() : null)
                    .param("weight", line.weight()).param("evidence", line.own() ? line.evidence() : null)
                    .param("targets", numbers ? array(line.targets().columns(), v -> v.toPlainString()) : null)
                    .param("dates", date ? array(line.targets().columns(), v -> Quantity.toDate(v).toString()) : null)
                    .param("quarters", line.quarterTargets() == null ? null : array(line.quarterTargets(), BigDecimal::toPlainString))
                    .param("post", line.postId())
                    .update();
        }
    }

    /** An approved version edited goes back to a draft: the meeting approved what it read (PlanWorkflow EDIT). */
    void reopen(long versionId) {
        jdbc.sql("""
                        update plan_version set status = 'DRAFT', approved_on = null, approval_meeting_bn = null,
                               approval_meeting_on = null, decision_id = null
                         where id = ? and status = 'APPROVED'""")
                .param(versionId).update();
    }

    /** An office's plans, the latest year first, each with its latest version's number and status. */
    List<YearRow> years(long officeId) {
        return jdbc.sql("""
                        select p.fiscal_year, v.version, v.status
                          from plan p join lateral (select version, status from plan_version where plan_id = p.id
                                                     order by version desc limit 1) v on true
                         where p.office_id = ? order by p.fiscal_year desc""")
                .param(officeId).query((rs, n) -> new YearRow(new FiscalYear(rs.getInt("fiscal_year")), rs.getInt("version"),
                        ActionPlan.Status.valueOf(rs.getString("status"))))
                .list();
    }

    record YearRow(FiscalYear year, int version, ActionPlan.Status status) {
    }

    /** The reason each version was made (null for version 1), by version id. */
    Map<Long, String> reasons(long planId) {
        Map<Long, String> reasons = new LinkedHashMap<>();
        jdbc.sql("select id, reason_bn from plan_version where plan_id = ? order by version").param(planId)
                .query((rs, n) -> reasons.put(rs.getLong("id"), rs.getString("reason_bn"))).list();
        return reasons;
    }

    private static String array(List<BigDecimal> values, java.util.function.Function<BigDecimal, String> text) {
        return "{" + String.join(",", values.stream().map(v -> v == null ? "NULL" : text.apply(v)).toList()) + "}";
    }

    List<ActionPlan.VersionSummary> versions(long planId) {
        return jdbc.sql("select id, version, status, approved_on, paper_id from plan_version where plan_id = ? order by version desc")
                .param(planId).query((rs, n) -> new ActionPlan.VersionSummary(rs.getLong("id"), rs.getInt("version"),
                        ActionPlan.Status.valueOf(rs.getString("status")), day(rs, "approved_on"), longOrNull(rs, "paper_id")))
                .list();
    }

    /** A version with its rows: the template's text for its indicators, the row's own for the office's rows. */
    ActionPlan.Version version(long versionId, String titleBn, String titleEn, BigDecimal totalWeight) {
        record Row(PlanTemplate.Indicator indicator, String sectionTitle, BigDecimal sectionWeight, String activityTitle,
                   ActionPlan.RowDetail detail) {
        }
        List<Row> rows = jdbc.sql("""
                        select r.section_no, r.activity_no, r.indicator_no, r.indicator_id is null as own,
                               s.title_bn as section_title, s.weight as section_weight,
                               coalesce(a.title_bn, r.activity_title_bn,
                                        (select a2.title_bn from plan_activity a2 where a2.section_id = s.id and a2.activity_no = r.activity_no)) as activity_title,
                               coalesce(i.title_bn, r.title_bn) as title_bn, coalesce(i.unit, r.unit) as unit,
                               coalesce(i.calculation, r.calculation) as calculation, coalesce(r.weight, i.weight) as weight,
                               coalesce(i.evidence_bn, r.evidence_bn) as evidence_bn, i.system_measure,
                               r.targets, r.target_dates, r.quarter_targets, r.responsible_post_id
                          from plan_row r
                          join plan_version v on v.id = r.plan_version_id
                          join plan p on p.id = v.plan_id
                          join plan_section s on s.version_id = p.template_version_id and s.section_no = r.section_no
                          left join plan_indicator i on i.id = r.indicator_id
                          left join plan_activity a on a.id = i.activity_id
                         where r.plan_version_id = ?
                         order by r.section_no, r.activity_no, r.indicator_no""")
                .param(versionId).query((rs, n) -> new Row(indicator(rs), rs.getString("section_title"),
                        Quantity.canonical(rs.getBigDecimal("section_weight")), rs.getString("activity_title"),
                        new ActionPlan.RowDetail(rs.getBoolean("own"), numbers(rs.getArray("quarter_targets")),
                                longOrNull(rs, "responsible_post_id"))))
                .list();
        Map<Integer, Row> sectionHeads = new LinkedHashMap<>();
        Map<Integer, Map<Integer, List<Row>>> grouped = new TreeMap<>();
        Map<IndicatorCode, ActionPlan.RowDetail> details = new LinkedHashMap<>();
        for (Row row : rows) {
            IndicatorCode code = row.indicator().code();
            sectionHeads.putIfAbsent(code.section(), row);
            grouped.computeIfAbsent(code.section(), s -> new TreeMap<>()).computeIfAbsent(code.activity(), a -> new ArrayList<>()).add(row);
            details.put(code, row.detail());
        }
        List<PlanTemplate.Section> sections = new ArrayList<>();
        grouped.forEach((s, activities) -> {
            List<PlanTemplate.Activity> list = new ArrayList<>();
            activities.forEach((a, rs) -> list.add(new PlanTemplate.Activity(a, rs.getFirst().activityTitle(),
                    rs.stream().map(Row::indicator).toList())));
            Row head = sectionHeads.get(s);
            sections.add(new PlanTemplate.Section(s, head.sectionTitle(), head.sectionWeight(), List.copyOf(list)));
        });
        return jdbc.sql("""
                        select id, version, status, reason_bn, approval_meeting_bn, approval_meeting_on, approved_on, decision_id, paper_id
                          from plan_version where id = ?""")
                .param(versionId).query((rs, n) -> new ActionPlan.Version(rs.getLong("id"), rs.getInt("version"),
                        ActionPlan.Status.valueOf(rs.getString("status")), rs.getString("reason_bn"), rs.getString("approval_meeting_bn"),
                        day(rs, "approval_meeting_on"), day(rs, "approved_on"), longOrNull(rs, "decision_id"), longOrNull(rs, "paper_id"),
                        new TemplateContent(titleBn, titleEn, totalWeight, sections), Map.copyOf(details)))
                .single();
    }

    private static PlanTemplate.Indicator indicator(ResultSet rs) throws SQLException {
        IndicatorCode code = new IndicatorCode(rs.getInt("section_no"), rs.getInt("activity_no"), rs.getInt("indicator_no"));
        IndicatorUnit unit = IndicatorUnit.valueOf(rs.getString("unit"));
        List<BigDecimal> columns = new ArrayList<>();
        if (unit == IndicatorUnit.DATE) {
            for (Object day : (Object[]) rs.getArray("target_dates").getArray()) {
                columns.add(day == null ? null : Quantity.ofDate(((Date) day).toLocalDate()));
            }
        } else if (unit != IndicatorUnit.YES_NO) {
            for (Object value : (Object[]) rs.getArray("targets").getArray()) {
                columns.add(value == null ? null : Quantity.canonical((BigDecimal) value));
            }
        }
        String measure = rs.getString("system_measure");
        return new PlanTemplate.Indicator(code, rs.getString("title_bn"), unit, Calculation.valueOf(rs.getString("calculation")),
                Quantity.canonical(rs.getBigDecimal("weight")), unit == IndicatorUnit.YES_NO ? Targets.NONE : new Targets(columns),
                rs.getString("evidence_bn"), measure == null ? null : SystemMeasure.valueOf(measure));
    }

    private static List<BigDecimal> numbers(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        List<BigDecimal> list = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            list.add(value == null ? null : Quantity.canonical((BigDecimal) value));
        }
        return java.util.Collections.unmodifiableList(list);
    }

    private static java.time.LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getLong("id"), rs.getLong("office_id"), new FiscalYear(rs.getInt("fiscal_year")),
                rs.getLong("template_version_id"));
    }
}
