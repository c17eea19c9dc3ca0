package bd.udbhabon.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.notify.Mailer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** An SMTP server that does not answer: the send is recorded as failed with the reason, and nothing is thrown. */
@IntegrationTest
class SmtpMailerTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aServerThatIsDownIsRecordedNotThrown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort);
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        SmtpMailer mailer = new SmtpMailer(beans.getBeanProvider(JavaMailSender.class), jdbc, new NotifyProperties("innovation@example.gov.bd", java.time.Duration.ofDays(7)));

        assertThat(mailer.configured()).isTrue();
        Mailer.Sent sent = mailer.send(new Mailer.Message("member@example.gov.bd", "সভার নোটিশ", "<p>সভা &amp; আলোচ্যসূচি</p>",
                List.of(new Mailer.Attachment("notice.pdf", "application/pdf", new byte[] {1, 2})), "test:server-down", null));
        assertThat(sent.sent()).isFalse();
        assertThat(jdbc.sql("select status || ' ' || error from mail_out where id = ?").param(sent.id()).query(String.class).single())
                .startsWith("FAILED MailSendException");
        assertThat(SmtpMailer.plainText("<p>সভা &amp; আলোচ্যসূচি</p><p>দ্বিতীয়</p>")).isEqualTo("সভা & আলোচ্যসূচি\nদ্বিতীয়");
    }
}
