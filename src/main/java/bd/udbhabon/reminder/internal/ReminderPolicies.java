package bd.udbhabon.reminder.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.reminder.ReminderPolicy;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reminders' policy data ({@code reminder_policy}): the latest row is in force, the others its history. */
@Component
public class ReminderPolicies {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final OfficeDirectory offices;

    ReminderPolicies(JdbcClient jdbc, AuditLog audit, AccessPolicy access, OfficeDirectory offices) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.offices = offices;
    }

    /** The policy in force. */
    @Transactional(readOnly = true)
    public ReminderPolicy current() {
        return jdbc.sql("select days_before, escalate_after_days, saved_at from reminder_policy order by id desc limit 1")
                .query((rs, n) -> new ReminderPolicy(days(rs.getArray(1)), rs.getInt(2), rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
                .optional().orElse(new ReminderPolicy(List.of(7, 1), 7, null));
    }

    /** Saves a new policy in force from now (checked by the caller), audited with the one it replaces. */
    @Transactional
    public void save(List<Integer> daysBefore, int escalateAfterDays) {
        ReminderPolicy before = current();
        ReminderPolicy after = new ReminderPolicy(daysBefore, escalateAfterDays, null);
        jdbc.sql("insert into reminder_policy (days_before, escalate_after_days, saved_by) values (?::int[], ?, ?)")
                .param(after.daysBefore().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .param(escalateAfterDays).param(access.accountId().orElse(null)).update();
        audit.record(new AuditEvent(access.actor(), "reminder-policy.saved", "reminder_policy", "current", cabinetDivision(),
                text(before), text(after)));
    }

    private static String text(ReminderPolicy policy) {
        return "days before " + policy.daysBefore() + ", escalate after " + policy.escalateAfterDays() + " days";
    }

    private static List<Integer> days(Array array) throws java.sql.SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }

    private Long cabinetDivision() {
        return offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().stream()
                .findFirst().map(Office::id).orElse(null);
    }

}
