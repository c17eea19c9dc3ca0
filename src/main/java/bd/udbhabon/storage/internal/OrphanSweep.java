package bd.udbhabon.storage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the objects no {@code stored_file} row names, older than a day: what a transaction rolled back after its
 * object was written, or a move cut short between the store and its commit, left behind (and, in a directory, the
 * temporary file of a write a crash cut short). Weekly on one node (ShedLock); only keys of the form this module
 * writes ({@code yyyy-MM/uuid}) are touched, so a bucket shared with something else keeps that something's objects.
 */
@Component
class OrphanSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);
    static final Duration MIN_AGE = Duration.ofDays(1);
    private static final Pattern OURS = Pattern.compile("\\d{4}-\\d{2}/([0-9a-f-]{36}|\\.upload[^/]*\\.tmp)");
    private static final int BATCH = 500;

    private final ObjectStore objects;
    private final JdbcClient jdbc;

    OrphanSweep(ObjectStore objects, JdbcClient jdbc) {
        this.objects = objects;
        this.jdbc = jdbc;
    }

    // UTC, so storage needs no module: Saturday 21:15 UTC is Sunday 03:15 in Dhaka
    @Scheduled(cron = "${udbhabon.storage.orphan-sweep-cron:0 15 21 * * SAT}", zone = "UTC")
    @SchedulerLock(name = "storage-orphan-sweep", lockAtMostFor = "PT6H", lockAtLeastFor = "${udbhabon.scheduling.lock-at-least-for:PT1M}")
    void weekly() {
        sweep(Instant.now().minus(MIN_AGE));
    }

    /** Deletes the orphans last written before {@code olderThan}; returns how many. */
    int sweep(Instant olderThan) {
        var batch = new ArrayList<String>();
        int[] deleted = {0};
        try {
            objects.list(olderThan, key -> {
                if (OURS.matcher(key).matches()) {
                    batch.add(key);
                    if (batch.size() == BATCH) {
                        deleted[0] += deleteUnnamed(batch);
                        batch.clear();
                    }
                }
            });
            deleted[0] += deleteUnnamed(batch);
        } catch (IOException e) {
            throw new UncheckedIOException("The orphan sweep could not list the " + objects.describe(), e);
        }
        log.info("The orphan sweep deleted {} objects no stored file names from the {}", deleted[0], objects.describe());
        return deleted[0];
    }

    private int deleteUnnamed(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> named = new HashSet<>(jdbc.sql("select storage_key from stored_file where storage_key = any(?)")
                .param(keys.toArray(String[]::new)).query(String.class).list());
        int deleted = 0;
        for (String key : keys) {
            if (!named.contains(key)) {
                try {
                    objects.delete(key);
                    deleted++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return deleted;
    }
}
