package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.inbox.SentUpward;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where an office's plan reports go (issue 14, point 3): its line parent when it has one (directorate
 * → ministry, a directorate's field office → its directorate), else its administrative parent
 * (upazila → district → division), else the Cabinet Division (ministries, divisions). One rule, in SQL
 * for the roll-ups and in Java for a submission; a report sent along it arrives in the superior's inbox
 * ({@link #sent}, issue 16, point 4).
 */
@Component
public class ReportingLine {

    /** The direct superior of the office row aliased {@code o}, as a SQL expression. */
    public static final String SUPERIOR_OF_O = """
            case when o.level = 'CABINET_DIVISION' then null
                 else coalesce(o.line_parent_id, o.admin_parent_id,
                               (select cd.id from office cd where cd.level = 'CABINET_DIVISION' order by cd.id limit 1)) end""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReportingLine(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The quarter's report reached {@code superiorId}: its inbox item, in the submission's transaction. */
    void sent(long officeId, long superiorId, long reportId, FiscalYear year, int quarter) {
        events.publishEvent(new SentUpward(officeId, "plan-report", "plan-report:" + reportId,
                "কর্মপরিকল্পনার ত্রৈমাসিক প্রতিবেদন, " + year.shortLabel() + " অর্থবছর, "
                        + List.of("১ম", "২য়", "৩য়", "৪র্থ").get(quarter - 1) + " ত্রৈমাসিক",
                "Quarterly report on the action plan, " + year.shortLabelLatin() + ", quarter " + quarter,
                "/offices/" + superiorId + "/plan-reports/" + reportId, null, superiorId));
    }

    /** The office the given office reports to; empty for the Cabinet Division. */
    public Optional<Long> superiorOf(long officeId) {
        return jdbc.sql("select " + SUPERIOR_OF_O + " from office o where o.id = ?").param(officeId)
                .query(Long.class).optional();
    }

    /** The offices that report to {@code superiorId}. */
    public List<Long> reportingTo(long superiorId) {
        // each branch an index range on a parent column (the whole registry is 24,000 offices)
        return jdbc.sql("""
                        select o.id from office o where o.line_parent_id = :s
                        union select o.id from office o where o.admin_parent_id = :s and o.line_parent_id is null
                        union select o.id from office o
                               where o.admin_parent_id is null and o.line_parent_id is null and o.level <> 'CABINET_DIVISION'
                                 and (select cd.id from office cd where cd.level = 'CABINET_DIVISION' order by cd.id limit 1) = :s
                        order by 1""").param("s", superiorId).query(Long.class).list();
    }
}
