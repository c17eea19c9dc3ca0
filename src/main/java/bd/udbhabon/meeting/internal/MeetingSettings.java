package bd.udbhabon.meeting.internal;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The meeting module's settings, {@code udbhabon.meeting.*}.
 *
 * @param minutesDueDays days after a held meeting by which its minutes are expected issued; later, the superiors'
 *                       inbox lists them as missing (issue 16, point 4)
 */
@Validated
@ConfigurationProperties("udbhabon.meeting")
record MeetingSettings(@Positive @DefaultValue("30") int minutesDueDays) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MeetingSettings.class)
    static class Registration {
    }
}
