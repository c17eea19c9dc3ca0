package bd.udbhabon.reminder.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reminder module's settings, {@code udbhabon.reminder.*}. The policy (days before, escalation) is data the
 * Cabinet Division sets in the product, not a setting.
 *
 * @param cron        when the daily run starts, Dhaka time ({@code UDBHABON_REMINDER_CRON}, 07:30 every day)
 * @param siteUrl     the site's address the e-mails' links start with ({@code UDBHABON_SITE_URL}); blank: the
 *                    links are printed as paths
 * @param maxAttempts how many runs try an e-mail before it is given up (the in-product notification stays)
 */
@Validated
@ConfigurationProperties("udbhabon.reminder")
public record ReminderProperties(@NotBlank @DefaultValue("0 30 7 * * *") String cron,
                                 @NotNull @DefaultValue("") String siteUrl,
                                 @Min(1) @Max(100) @DefaultValue("10") int maxAttempts) {

    /** The address of a page for an e-mail: the site's address and the path. */
    public String absolute(String path) {
        String base = siteUrl.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path;
    }
}
