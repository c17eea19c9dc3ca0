package bd.udbhabon.notify.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.notify.Mailer;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again what the mail server did not take (issue 16, point 4): every kept message ({@code mail_pending}) is
 * tried once per run, oldest first, until the server takes it; its {@code mail_out} row then says SENT, when, and
 * after how many attempts. A message still refused after {@code udbhabon.mail.retry-for} is given up (its row stays
 * FAILED). One node runs it at a time (ShedLock); without a configured server it waits.
 */
@Component
public class MailRetry {

    private static final Logger log = LoggerFactory.getLogger(MailRetry.class);

    private final JdbcClient jdbc;
    private final SmtpMailer mailer;
    private final Duration retryFor;

    MailRetry(JdbcClient jdbc, SmtpMailer mailer, NotifyProperties properties) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.retryFor = properties.retryFor();
    }

    private record Pending(long id, String recipient, String subject, String purpose, String html) {
    }

    /** One run: how many kept messages went out. */
    @Scheduled(cron = "${udbhabon.mail.retry-cron:0 */5 * * * *}", zone = Dhaka.ZONE_ID)
    @SchedulerLock(name = "mail-retry", lockAtMostFor = "PT10M", lockAtLeastFor = "${udbhabon.scheduling.lock-at-least-for:PT1M}")
    public int run() {
        jdbc.sql("delete from mail_pending p using mail_out m where m.id = p.mail_id and m.sent_at < now() - make_interval(secs => ?)")
                .param(retryFor.toSeconds()).update();
        if (!mailer.configured()) {
            return 0;
        }
        List<Pending> pending = jdbc.sql("""
                        select m.id, m.recipient, m.subject, m.purpose, p.html
                        from mail_pending p join mail_out m on m.id = p.mail_id order by m.id limit 500""")
                .query(Pending.class).list();
        int sent = 0;
        for (Pending p : pending) {
            List<Mailer.Attachment> attachments = jdbc.sql("""
                            select file_name, content_type, bytes from mail_pending_attachment where mail_id = ? order by position""")
                    .param(p.id())
                    .query((rs, row) -> new Mailer.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
            String error = mailer.deliver(p.recipient(), p.subject(), p.html(), attachments, p.purpose());
            if (error == null) {
                jdbc.sql("""
                        update mail_out set status = 'SENT', error = null, attempts = attempts + 1, last_attempt_at = now(),
                               sent_at = now() where id = ?""").param(p.id()).update();
                jdbc.sql("delete from mail_pending where mail_id = ?").param(p.id()).update();
                sent++;
            } else {
                jdbc.sql("update mail_out set error = ?, attempts = attempts + 1, last_attempt_at = now() where id = ?")
                        .params(SmtpMailer.clip(error), p.id()).update();
            }
        }
        if (!pending.isEmpty()) {
            log.info("mail retry: {} of {} kept messages sent", sent, pending.size());
        }
        return sent;
    }

    /** How many messages wait to be sent again. */
    public int waiting() {
        return jdbc.sql("select count(*) from mail_pending").query(Integer.class).single();
    }
}
