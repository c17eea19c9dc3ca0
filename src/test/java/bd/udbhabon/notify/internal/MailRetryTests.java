package bd.udbhabon.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.notify.Mailer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that is down (issue 16, point 4): the attempt is recorded and the message kept whole; the retry job
 * sends it once the server is up (GreenMail stopped, then started on the same port), with its attachment, and records
 * it sent after two attempts; a message the caller retries itself is not kept; one tried for longer than
 * {@code retry-for} is given up. The mailer is built on the test's own server, so the shared application serves.
 */
@IntegrationTest
class MailRetryTests {

    @Autowired
    JdbcClient jdbc;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private String row(long id) {
        return jdbc.sql("select status || ' ' || attempts || ' ' || (select count(*) from mail_pending where mail_id = m.id) from mail_out m where id = ?")
                .param(id).query(String.class).single();
    }

    @Test
    void aMessageTheServerDidNotTakeIsSentByTheRetryJobOnceTheServerIsUp() throws Exception {
        int port = freePort();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        NotifyProperties properties = new NotifyProperties("innovation@example.gov.bd", Duration.ofDays(7));
        SmtpMailer mailer = new SmtpMailer(beans.getBeanProvider(JavaMailSender.class), jdbc, properties);
        MailRetry retry = new MailRetry(jdbc, mailer, properties);
        String to = "dc-" + System.nanoTime() + "@example.gov.bd";
        byte[] pdf = {37, 80, 68, 70, 1, 2, 3};

        Mailer.Sent down = mailer.send(new Mailer.Message(to, "টিম গঠনের অফিস আদেশ", "<p>সংযুক্ত করা হলো।</p>",
                List.of(new Mailer.Attachment("order.pdf", "application/pdf", pdf)), "test:retry", null));
        Mailer.Sent notKept = mailer.send(new Mailer.Message(to, "অনুস্মারক", "<p>নিজে আবার পাঠাবে</p>", List.of(),
                "test:retry-self", null, false));
        Mailer.Sent old = mailer.send(new Mailer.Message(to, "পুরোনো", "<p>পুরোনো</p>", List.of(), "test:retry-old", null));
        jdbc.sql("update mail_out set sent_at = now() - interval '8 days' where id = ?").param(old.id()).update();
        assertThat(down.sent()).isFalse();
        assertThat(row(down.id())).isEqualTo("FAILED 1 1");
        assertThat(row(notKept.id())).isEqualTo("FAILED 1 0");

        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        assertThat(retry.run()).as("still down").isZero();
        assertThat(row(down.id())).isEqualTo("FAILED 2 1");
        server.start();
        try {
            assertThat(retry.run()).isPositive();
            assertThat(row(down.id())).isEqualTo("SENT 3 0");
            assertThat(row(old.id())).as("given up after retry-for").isEqualTo("FAILED 1 0");
            assertThat(mailer.sentFor("test:retry")).singleElement().satisfies(s -> assertThat(s.sent()).isTrue());

            List<MimeMessage> received = Arrays.stream(server.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(received).hasSize(1);
            MimeMessage message = received.getFirst();
            assertThat(message.getSubject()).isEqualTo("টিম গঠনের অফিস আদেশ");
            MimeMultipart parts = (MimeMultipart) message.getContent();
            byte[] attached = null;
            for (int i = 0; i < parts.getCount(); i++) {
                if ("order.pdf".equals(parts.getBodyPart(i).getFileName())) {
                    attached = parts.getBodyPart(i).getInputStream().readAllBytes();
                }
            }
            assertThat(attached).as("the attachment, byte for byte").isEqualTo(pdf);

            assertThat(retry.run()).as("a rerun sends nothing again").isZero();
            assertThat(Arrays.stream(server.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).count()).isEqualTo(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void anAddressInADistributionLine() {
        assertThat(Mailer.addressIn("জেলা প্রশাসক, দিনাজপুর (dcdinajpur@mopa.gov.bd)")).contains("dcdinajpur@mopa.gov.bd");
        assertThat(Mailer.addressIn("সচিব, মন্ত্রিপরিষদ বিভাগ, ঢাকা।")).isEmpty();
        assertThat(Mailer.addressIn("ইমেইল:uno.sadar@gmail.comএ")).contains("uno.sadar@gmail.com");
    }
}
