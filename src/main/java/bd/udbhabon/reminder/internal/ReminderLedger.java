package bd.udbhabon.reminder.internal;

import bd.udbhabon.identity.Account;
import bd.udbhabon.reminder.DeadlineSource.Deadline;
import bd.udbhabon.reminder.ReminderPolicy;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the runs did ({@code reminder_step}, {@code reminder_delivery}): a step is claimed by inserting its row
 * under the unique (key, step), in one transaction with a delivery per recipient, so a step is taken by exactly one
 * run (a second node's insert waits for the first's commit and then finds the row) and never half: a run that dies
 * before its commit leaves nothing, and the next run takes the step again.
 */
@Component
class ReminderLedger {

    /** A delivery taken by a run whose node died is taken again after this long. */
    static final String STALE = "30 minutes";

    /** One e-mail to send: the recipient and the step it is for. */
    record ToSend(long deliveryId, String email, int attempts, long officeId, long forOfficeId, String step,
                  LocalDate dueOn, String titleBn, String titleEn, String link) {
    }

    private final JdbcClient jdbc;

    ReminderLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the step for {@code recipients} at {@code officeId} (the office reminded); false when another run (or an
     * earlier one) already took it, and then nothing is written.
     */
    @Transactional
    public boolean claim(Deadline deadline, String step, long officeId, List<Account> recipients) {
        Optional<Long> stepId = jdbc.sql("""
                        insert into reminder_step (deadline_key, kind, step, office_id, for_office_id, due_on, title_bn, title_en, link)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (deadline_key, step) do nothing returning id""")
                .params(deadline.key(), deadline.kind(), step, officeId, deadline.officeId(), deadline.due(),
                        deadline.titleBn(), deadline.titleEn(), linkFor(deadline, step))
                .query(Long.class).optional();
        if (stepId.isEmpty()) {
            return false;
        }
        Set<Long> mailOff = mailOff(deadline.kind(), recipients);
        for (Account account : recipients) {
            String email = account.email() == null || account.email().isBlank() ? null : account.email();
            String status = email == null ? "NO_ADDRESS" : mailOff.contains(account.id()) ? "EMAIL_OFF" : "PENDING";
            jdbc.sql("""
                            insert into reminder_delivery (step_id, account_id, email, status) values (?, ?, ?, ?)
                            on conflict (step_id, account_id) do nothing""")
                    .params(stepId.get(), account.id(), email, status).update();
        }
        return true;
    }

    /**
     * Where the step's reader goes: the page where the work is done, or, for the superior told of it, the office's
     * page (the work's own page may be a form only the office may open).
     */
    static String linkFor(Deadline deadline, String step) {
        return ReminderPolicy.ESCALATED.equals(step) ? "/offices/" + deadline.officeId() : deadline.link();
    }

    private Set<Long> mailOff(String kind, List<Account> recipients) {
        if (recipients.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select account_id from reminder_preference where kind = ? and not email and account_id = any(?)")
                .param(kind).param(recipients.stream().map(Account::id).toArray(Long[]::new)).query(Long.class).list());
    }

    /** The deliveries whose e-mail is to go: new, failed before, or taken by a run that died. */
    List<Long> toSend() {
        return jdbc.sql("""
                        select id from reminder_delivery
                         where status in ('PENDING', 'FAILED') or (status = 'SENDING' and taken_at < now() - interval '%s')
                         order by id""".formatted(STALE))
                .query(Long.class).list();
    }

    /** Takes one delivery to send, in one statement: empty when another run took it first. */
    Optional<ToSend> take(long deliveryId) {
        return jdbc.sql("""
                        with taken as (
                            update reminder_delivery set status = 'SENDING', taken_at = now(), attempts = attempts + 1
                             where id = ? and (status in ('PENDING', 'FAILED')
                                               or (status = 'SENDING' and taken_at < now() - interval '%s'))
                            returning id, email, attempts, step_id)
                        select t.id, t.email, t.attempts, s.office_id, s.for_office_id, s.step, s.due_on, s.title_bn, s.title_en, s.link
                          from taken t join reminder_step s on s.id = t.step_id""".formatted(STALE))
                .param(deliveryId)
                .query((rs, n) -> new ToSend(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getString(10)))
                .optional();
    }

    /** The outcome of an attempt, with the record {@code notify} kept of it. */
    void sent(long deliveryId, boolean sent, long mailOutId, boolean giveUp) {
        jdbc.sql("update reminder_delivery set status = ?, mail_out_id = ? where id = ?")
                .params(sent ? "SENT" : giveUp ? "GAVE_UP" : "FAILED", mailOutId, deliveryId).update();
    }
}
