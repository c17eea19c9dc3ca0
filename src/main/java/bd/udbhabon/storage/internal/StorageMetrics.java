package bd.udbhabon.storage.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code udbhabon_files_stored} and {@code udbhabon_files_stored_bytes} on {@code /actuator/prometheus}: the files in
 * the store, as {@code stored_file} counts them. Counted at most once a minute, however often Prometheus scrapes (a
 * count over millions of rows is not free).
 */
@Component
class StorageMetrics implements MeterBinder {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private volatile Totals totals = new Totals(Double.NaN, Double.NaN, Instant.EPOCH);

    StorageMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Totals(double files, double bytes, Instant at) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("udbhabon.files.stored", this, metrics -> metrics.totals().files())
                .description("Files in the file store").register(registry);
        Gauge.builder("udbhabon.files.stored.bytes", this, metrics -> metrics.totals().bytes())
                .description("Bytes of the files in the file store").baseUnit("bytes").register(registry);
    }

    private Totals totals() {
        Totals last = totals;
        if (last.at().plus(FRESH).isAfter(Instant.now())) {
            return last;
        }
        try {
            totals = jdbc.sql("select count(*), coalesce(sum(size), 0) from stored_file")
                    .query((rs, row) -> new Totals(rs.getLong(1), rs.getLong(2), Instant.now())).single();
        } catch (RuntimeException databaseDown) { // the db health says so; a scrape must not fail for it
            totals = new Totals(Double.NaN, Double.NaN, Instant.now());
        }
        return totals;
    }
}
