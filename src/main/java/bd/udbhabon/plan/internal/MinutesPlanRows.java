package bd.udbhabon.plan.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.BanglaNumbers;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.meeting.PlanRows;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.TargetColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as minutes in the activity style use it (issue 14, point 7; {@link PlanRows}, meeting's service
 * interface): the current version's rows with the target (the best column, and the quarter's own where set)
 * and the achievement to date (the recorded quarters through the meeting's, by the indicator's calculation,
 * as {@link PlanScores} reads them); and a row's discussion kept as that quarter's progress note
 * ({@code plan_progress.note_bn}), never the figure.
 */
@Component
class MinutesPlanRows implements PlanRows {

    private static final int NOTE_MAX = 4000;

    private final PlanService plans;
    private final PlanScores scores;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AccessPolicy access;

    MinutesPlanRows(PlanService plans, PlanScores scores, JdbcClient jdbc, AuditLog audit, AccessPolicy access) {
        this.plans = plans;
        this.scores = scores;
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    @Override
    public Optional<Plan> plan(long officeId, LocalDate day) {
        FiscalYear year = FiscalYear.of(day);
        int quarter = year.quarterOf(day);
        return plans.find(officeId, year).map(plan -> {
            Map<IndicatorCode, List<BigDecimal>> figures = scores.quarters(plan.id());
            List<Row> rows = new ArrayList<>();
            for (PlanTemplate.Section section : plan.current().content().sections()) {
                for (PlanTemplate.Activity activity : section.activities()) {
                    for (PlanTemplate.Indicator indicator : activity.indicators()) {
                        List<BigDecimal> quarters = figures.get(indicator.code());
                        BigDecimal toDate = quarters == null ? null : indicator.calculation().through(quarters, quarter);
                        rows.add(new Row(indicator.code().bangla(), activity.titleBn(), indicator.titleBn(),
                                target(indicator, plan.current().detail(indicator.code()).orElse(null), quarter),
                                "অর্জন (" + year.shortLabel() + ", " + BanglaNumbers.ordinal(quarter) + " প্রান্তিক পর্যন্ত): "
                                        + (toDate == null ? "প্রতিবেদন করা হয়নি" : figure(indicator.unit(), toDate))));
                    }
                }
            }
            return new Plan(plan.current().content().titleBn(), year.shortLabel(), quarter, rows);
        });
    }

    @Override
    @Transactional
    public Outcome saveNote(long officeId, LocalDate day, String codeBn, String noteBn) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            return refused("plan.note.error.denied");
        }
        String note = noteBn == null ? "" : noteBn.strip();
        if (note.isEmpty()) {
            return refused("plan.note.error.empty", codeBn, BanglaDigits.toLatin(codeBn));
        }
        if (note.length() > NOTE_MAX) {
            return refused("plan.note.error.long", codeBn, BanglaDigits.toLatin(codeBn), BanglaDigits.toBangla(NOTE_MAX), String.valueOf(NOTE_MAX));
        }
        FiscalYear year = FiscalYear.of(day);
        int quarter = year.quarterOf(day);
        Optional<ActionPlan> found = plans.find(officeId, year);
        if (found.isEmpty()) {
            return refused("plan.note.error.noPlan", year.shortLabel(), year.shortLabelLatin());
        }
        ActionPlan plan = found.get();
        IndicatorCode code = IndicatorCode.parse(codeBn);
        if (code == null || plan.current().content().indicators().noneMatch(i -> i.code().equals(code))) {
            return refused("plan.note.error.noRow", codeBn, BanglaDigits.toLatin(codeBn), year.shortLabel(), year.shortLabelLatin());
        }
        String ordinal = BanglaNumbers.ordinal(quarter);
        boolean sent = jdbc.sql("select count(*) from plan_report where plan_id = ? and quarter = ? and status in ('SUBMITTED', 'ACCEPTED')")
                .params(plan.id(), quarter).query(Long.class).single() > 0;
        if (sent) {
            return refused("plan.note.error.sent", ordinal, String.valueOf(quarter));
        }
        String before = jdbc.sql("""
                        select note_bn from plan_progress
                         where plan_id = ? and quarter = ? and section_no = ? and activity_no = ? and indicator_no = ? for update""")
                .params(plan.id(), quarter, code.section(), code.activity(), code.indicator())
                .query(String.class).optional().orElse(null);
        jdbc.sql("""
                        insert into plan_progress (plan_id, quarter, section_no, activity_no, indicator_no, note_bn, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (plan_id, quarter, section_no, activity_no, indicator_no)
                        do update set note_bn = excluded.note_bn, updated_by = excluded.updated_by, updated_at = now()""")
                .params(plan.id(), quarter, code.section(), code.activity(), code.indicator(), note, access.accountId().orElse(null))
                .update();
        Map<String, Object> after = new HashMap<>(Map.of("quarter", quarter, "code", code.latin(), "note", note, "from", "minutes"));
        audit.record(new AuditEvent(access.actor(), "plan.progress-note", "plan", Long.toString(plan.id()), officeId,
                before == null ? null : Map.of("note", before), after));
        return new Outcome(true, "plan.note.saved", List.of(code.bangla(), code.latin(), ordinal, String.valueOf(quarter)));
    }

    /** The best column's target (yes/no has none: "হ্যাঁ"), and the quarter's own where the plan sets one. */
    private static String target(PlanTemplate.Indicator indicator, ActionPlan.RowDetail detail, int quarter) {
        BigDecimal best = indicator.targets() == null ? null : indicator.targets().column(TargetColumn.EXCELLENT);
        String target = indicator.unit() == IndicatorUnit.YES_NO ? "হ্যাঁ" : best == null ? "" : figure(indicator.unit(), best);
        if (detail != null && detail.quarterTargets() != null && detail.quarterTargets().get(quarter - 1) != null) {
            target += " (" + BanglaNumbers.ordinal(quarter) + " প্রান্তিকে " + figure(indicator.unit(), detail.quarterTargets().get(quarter - 1)) + ")";
        }
        return target;
    }

    /** "৯৭.৭৬%", "৬১", "০৬ মে ২০২৪", "হ্যাঁ"/"না". */
    static String figure(IndicatorUnit unit, BigDecimal value) {
        return switch (unit) {
            case DATE -> bd.udbhabon.bangla.DualDate.gregorianDate(Quantity.toDate(value));
            case PERCENT -> BanglaNumbers.percent(value);
            case YES_NO -> value.signum() > 0 ? "হ্যাঁ" : "না";
            case COUNT -> BanglaDigits.toBangla(Quantity.canonical(value).toPlainString());
        };
    }

    /** Every message's arguments come in pairs, Bangla then English: the Bangla bundle reads {0}, {2}…, the English {1}, {3}…. */
    private static Outcome refused(String key, String... args) {
        return new Outcome(false, key, List.of(args));
    }
}
