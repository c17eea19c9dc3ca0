package bd.udbhabon.notify.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code udbhabon_mail_waiting} on {@code /actuator/prometheus}: messages the mail server did not take, kept for a retry. */
@Component
class MailMetrics implements MeterBinder {

    private final MailRetry retry;

    MailMetrics(MailRetry retry) {
        this.retry = retry;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("udbhabon.mail.waiting", this, MailMetrics::waiting)
                .description("E-mails the mail server did not take, waiting to be sent again")
                .register(registry);
    }

    private double waiting() {
        try {
            return retry.waiting();
        } catch (RuntimeException databaseDown) { // the db health says so; a scrape must not fail for it
            return Double.NaN;
        }
    }
}
