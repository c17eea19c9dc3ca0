package bd.udbhabon.notify.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings {@code udbhabon.mail.*}; the server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from     the sender of outgoing mail; application.yml defaults it to {@code spring.mail.username}
 * @param retryFor how long a message the server did not take is tried again ({@link MailRetry}) before it is given up
 */
@Validated
@ConfigurationProperties("udbhabon.mail")
record NotifyProperties(@DefaultValue("no-reply@udbhabon.invalid") @NotBlank String from,
                        @DefaultValue("7d") @NotNull Duration retryFor) {
}
