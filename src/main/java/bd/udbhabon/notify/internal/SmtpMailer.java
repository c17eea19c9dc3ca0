package bd.udbhabon.notify.internal;

import bd.udbhabon.notify.Mailer;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Mailer} over Spring Boot's {@link JavaMailSender}, which Boot creates only when
 * {@code spring.mail.host} is set: without it the application starts and every send is recorded as
 * failed with "mail not configured".
 */
@Service
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    static final String NOT_CONFIGURED = "mail not configured (spring.mail.host is not set)";

    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcClient jdbc;
    private final String from;

    SmtpMailer(ObjectProvider<JavaMailSender> sender, JdbcClient jdbc,
               NotifyProperties properties) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.from = properties.from();
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the record of a message stands whatever the caller does
    public Sent send(Message message) {
        String error = deliver(message.to(), message.subject(), message.html(), message.attachments(), message.purpose());
        long id = jdbc.sql("""
                        insert into mail_out (recipient, subject, purpose, office_id, status, error, last_attempt_at)
                        values (?, ?, ?, ?, ?, ?, now()) returning id""")
                .params(message.to(), message.subject(), message.purpose(), message.officeId(),
                        error == null ? "SENT" : "FAILED", clip(error))
                .query(Long.class).single();
        if (error != null && message.retried()) {
            keepForRetry(id, message);
        }
        return jdbc.sql("select id, recipient, subject, sent_at, status from mail_out where id = ?").param(id)
                .query(SmtpMailer::sent).single();
    }

    /** The message whole, for {@link MailRetry} to send again (issue 16, point 4). */
    private void keepForRetry(long id, Message message) {
        jdbc.sql("insert into mail_pending (mail_id, html) values (?, ?)").params(id, message.html()).update();
        int position = 0;
        for (Attachment a : message.attachments()) {
            jdbc.sql("""
                    insert into mail_pending_attachment (mail_id, position, file_name, content_type, bytes)
                    values (?, ?, ?, ?, ?)""").params(id, ++position, a.fileName(), a.contentType(), a.bytes()).update();
        }
    }

    /** Hands the message to the server: null when it took it, else why not (never thrown). */
    String deliver(String to, String subject, String html, List<Attachment> attachments, String purpose) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return NOT_CONFIGURED;
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(plainText(html), html);
            for (Attachment a : attachments) {
                helper.addAttachment(a.fileName(), new ByteArrayResource(a.bytes()), a.contentType());
            }
            mail.send(mime);
            return null;
        } catch (Exception e) { // MailException, MessagingException: recorded, never thrown at the caller
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("mail to {} for {} failed: {}", to, purpose, error);
            return error;
        }
    }

    static String clip(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), 2000));
    }

    @Override
    public List<Sent> sentFor(String purpose) {
        return jdbc.sql("select id, recipient, subject, sent_at, status from mail_out where purpose = ? order by id")
                .param(purpose).query(SmtpMailer::sent).list();
    }

    private static Sent sent(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("sent_at");
        return new Sent(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), at.toInstant(),
                "SENT".equals(rs.getString("status")));
    }

    /** The text part: the HTML without its tags, paragraphs as lines. */
    static String plainText(String html) {
        return html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h\\d>", "\n").replaceAll("<[^>]+>", "")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replaceAll("\n{3,}", "\n\n").strip();
    }
}
