package bd.udbhabon.reminder.internal;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.identity.Account;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.reminder.DeadlineSource;
import bd.udbhabon.reminder.DeadlineSource.Deadline;
import bd.udbhabon.reminder.ReminderPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run (issue 16, point 5): asks every {@link DeadlineSource} for its open deadlines, takes each step that
 * has come once ({@link ReminderLedger#claim}: the in-product notifications with it), then sends the e-mails not
 * yet sent, this run's and the ones a mail server that was down left. ShedLock keeps it to one node at a time; the
 * ledger's unique rows keep each step to one sending even without it (two runs at once, a rerun after a restart).
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    /** What a run did, for its log line and the tests. */
    public record Outcome(int deadlines, int stepsTaken, int mailed, int failed) {
    }

    private final List<DeadlineSource> sources;
    private final ReminderPolicies policies;
    private final Recipients recipients;
    private final ReminderLedger ledger;
    private final ReminderMail mail;
    private final Mailer mailer;
    private final ReminderProperties properties;

    ReminderJob(List<DeadlineSource> sources, ReminderPolicies policies, Recipients recipients, ReminderLedger ledger,
                ReminderMail mail, Mailer mailer, ReminderProperties properties) {
        this.sources = sources;
        this.policies = policies;
        this.recipients = recipients;
        this.ledger = ledger;
        this.mail = mail;
        this.mailer = mailer;
        this.properties = properties;
    }

    @Scheduled(cron = "${udbhabon.reminder.cron:0 30 7 * * *}", zone = Dhaka.ZONE_ID)
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT2H", lockAtLeastFor = "${udbhabon.scheduling.lock-at-least-for:PT1M}")
    public void daily() {
        Outcome outcome = runOn(Dhaka.today());
        log.info("reminders: {} open deadlines, {} steps taken, {} e-mails sent, {} failed (retried next run)",
                outcome.deadlines(), outcome.stepsTaken(), outcome.mailed(), outcome.failed());
    }

    /** One run as of {@code today} (Dhaka's): the scheduled one, and the tests'. */
    public Outcome runOn(LocalDate today) {
        ReminderPolicy policy = policies.current();
        LocalDate until = today.plusDays(policy.lookAheadDays());
        int deadlines = 0;
        int taken = 0;
        for (DeadlineSource source : sources) {
            List<Deadline> open;
            try {
                open = source.open(until);
            } catch (RuntimeException e) { // one module's fault must not stop the others' reminders
                log.error("reminders: {} failed to list its deadlines", source.getClass().getName(), e);
                continue;
            }
            deadlines += open.size();
            for (Deadline deadline : open) {
                for (String step : policy.stepsOn(deadline.due(), today)) {
                    taken += take(deadline, step) ? 1 : 0;
                }
            }
        }
        int mailed = 0;
        int failed = 0;
        for (long deliveryId : ledger.toSend()) {
            Optional<ReminderLedger.ToSend> item = ledger.take(deliveryId);
            if (item.isEmpty()) {
                continue; // another run has it
            }
            Mailer.Sent sent = mailer.send(mail.message(item.get(), today));
            ledger.sent(deliveryId, sent.sent(), sent.id(), !sent.sent() && item.get().attempts() >= properties.maxAttempts());
            if (sent.sent()) {
                mailed++;
            } else {
                failed++;
            }
        }
        return new Outcome(deadlines, taken, mailed, failed);
    }

    private boolean take(Deadline deadline, String step) {
        long officeId = deadline.officeId();
        Permission permission = deadline.permission();
        if (ReminderPolicy.ESCALATED.equals(step)) {
            Optional<Long> superior = recipients.superiorOf(deadline.officeId());
            if (superior.isEmpty()) {
                return false; // the Cabinet Division has no one above it: its own overdue reminder stands
            }
            officeId = superior.get();
            permission = Recipients.SUPERVISE;
        }
        List<Account> to = recipients.holding(officeId, permission);
        if (to.isEmpty()) {
            return false; // no one holds it there yet: asked again tomorrow, when someone may
        }
        return ledger.claim(deadline, step, officeId, to);
    }
}
