package bd.udbhabon.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code udbhabon.mail.from}: set, else the SMTP user name, else a placeholder address. */
class NotifyPropertiesTest {

    @Test
    void withNothingSetAnAddressNoOneReceivesMailAt() {
        assertThat(Settings.bind("udbhabon.mail", NotifyProperties.class, Map.of()).from())
                .isEqualTo("no-reply@udbhabon.invalid");
    }

    @Test
    void theSmtpUserNameWhenNoSenderIsSet() {
        assertThat(Settings.bind("udbhabon.mail", NotifyProperties.class,
                Map.of("SPRING_MAIL_USERNAME", "innovation@natore.gov.bd")).from()).isEqualTo("innovation@natore.gov.bd");
    }

    @Test
    void theSenderSetFirst() {
        assertThat(Settings.bind("udbhabon.mail", NotifyProperties.class, Map.of(
                "UDBHABON_MAIL_FROM", "a2i@cabinet.gov.bd", "SPRING_MAIL_USERNAME", "innovation@natore.gov.bd")).from())
                .isEqualTo("a2i@cabinet.gov.bd");
    }
}
