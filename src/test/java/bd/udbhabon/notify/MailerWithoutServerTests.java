package bd.udbhabon.notify;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shared test application has no {@code spring.mail.host}: it starts, and a message is recorded as not sent. */
@IntegrationTest
class MailerWithoutServerTests {

    @Autowired
    Mailer mailer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAnSmtpHostNothingIsSentAndTheRecordSaysWhy() {
        assertThat(mailer.configured()).isFalse();
        Mailer.Sent sent = mailer.send(new Mailer.Message("member@example.gov.bd", "সভার নোটিশ", "<p>সভা</p>", List.of(),
                "test:not-configured", null));
        assertThat(sent.sent()).isFalse();
        assertThat(mailer.sentFor("test:not-configured")).extracting(Mailer.Sent::recipient).containsExactly("member@example.gov.bd");
        assertThat(jdbc.sql("select error from mail_out where id = ?").param(sent.id()).query(String.class).single())
                .contains("mail not configured");
    }
}
