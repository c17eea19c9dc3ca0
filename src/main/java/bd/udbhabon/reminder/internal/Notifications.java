package bd.udbhabon.reminder.internal;

import bd.udbhabon.reminder.Notification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A user's in-product notifications (their reminder deliveries) and their e-mail preferences per kind. */
@Component
public class Notifications {

    /** The kinds the modules' deadlines have today (DeadlineSource keys), offered on the preferences page. */
    public static final List<String> KNOWN_KINDS = List.of("meeting-due", "decision-due", "plan-approval", "plan-report",
            "annual-report", "portal-checklist");

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's notifications, newest first. */
    public List<Notification> of(long accountId, int limit) {
        return jdbc.sql("""
                        select d.id, s.kind, s.step, s.office_id, s.for_office_id, s.due_on, s.title_bn, s.title_en, s.link,
                               d.status, d.created_at, d.read_at
                          from reminder_delivery d join reminder_step s on s.id = d.step_id
                         where d.account_id = ? order by d.id desc limit ?""")
                .param(accountId).param(limit).query(Notifications::row).list();
    }

    public long unread(long accountId) {
        return jdbc.sql("select count(*) from reminder_delivery where account_id = ? and read_at is null")
                .param(accountId).query(Long.class).single();
    }

    /** Marks one of the account's notifications read; false when it has none of that id. */
    @Transactional
    public boolean markRead(long accountId, long notificationId) {
        return jdbc.sql("update reminder_delivery set read_at = coalesce(read_at, now()) where id = ? and account_id = ?")
                .param(notificationId).param(accountId).update() == 1;
    }

    @Transactional
    public int markAllRead(long accountId) {
        return jdbc.sql("update reminder_delivery set read_at = now() where account_id = ? and read_at is null")
                .param(accountId).update();
    }

    /** Every kind known or met by this account, with whether its e-mail is on (the default). */
    public Map<String, Boolean> preferences(long accountId) {
        Set<String> kinds = new LinkedHashSet<>(KNOWN_KINDS);
        kinds.addAll(jdbc.sql("select distinct s.kind from reminder_delivery d join reminder_step s on s.id = d.step_id where d.account_id = ? order by 1")
                .param(accountId).query(String.class).list());
        Map<String, Boolean> on = new TreeMap<>();
        kinds.forEach(k -> on.put(k, true));
        jdbc.sql("select kind, email from reminder_preference where account_id = ?").param(accountId)
                .query((rs, n) -> on.put(rs.getString(1), rs.getBoolean(2))).list();
        return on;
    }

    /** Saves the account's choice for each kind given (kinds not given are left as they were). */
    @Transactional
    public void savePreferences(long accountId, Map<String, Boolean> emailOn) {
        emailOn.forEach((kind, on) -> jdbc.sql("""
                        insert into reminder_preference (account_id, kind, email) values (?, ?, ?)
                        on conflict (account_id, kind) do update set email = excluded.email""")
                .params(accountId, kind, on).update());
    }

    private static Notification row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime read = rs.getObject(12, OffsetDateTime.class);
        return new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getObject(11, OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
    }

}
