package bd.udbhabon.audit.internal;

import bd.udbhabon.audit.AuditCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Anchors the chains outside the database: whoever holds only the database can remove the newest
 * entries, or rewrite a whole chain, without it showing in the chain itself. Each checkpoint first
 * anchors every office chain that grew in the national chain, then appends one line for that anchor
 * to a file and logs it at INFO (a log shipper keeps a copy the database owner cannot rewrite):
 * {@code time TAB entry id TAB count TAB head TAB mac}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditCheckpoints implements ApplicationRunner, SmartLifecycle, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    /** Keeps a checkpoint's MAC from ever being taken for an entry's, or the other way round. */
    private static final String DOMAIN = "udbhabon-audit-checkpoint";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(3);

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditChains chains;
    private final Path file;
    private final Duration interval;
    private volatile AuditCheckpoint lastWritten;
    private volatile boolean running;

    AuditCheckpoints(JdbcClient jdbc, AuditKey key, AuditChains chains, AuditProperties properties) {
        this.jdbc = jdbc;
        this.key = key;
        this.chains = chains;
        this.file = properties.checkpointFile();
        this.interval = properties.checkpointInterval();
    }

    /**
     * Anchors every chain that grew into the national chain (AuditChains.anchor, committed first), then
     * appends the line for the newest anchor. Lines of several nodes may come out of order: verification
     * sorts them by entry.
     */
    AuditCheckpoint write() {
        AuditCheckpoint checkpoint = chains.anchor();
        writeLine(checkpoint);
        return checkpoint;
    }

    /**
     * First of the start-up runners, before any of them adds an entry: checks the key against the
     * newest keyed entry, and anchors the chain as found (an upgraded database's unkeyed chain too).
     */
    @Override
    public void run(ApplicationArguments args) {
        jdbc.sql("select id, mac, audit_entry_content(prev_hash, %s) as content from audit_entry where mac is not null order by id desc limit 1"
                        .formatted(AuditChains.FIELDS))
                .query((rs, row) -> {
                    if (!key.mac(rs.getString("content")).equals(rs.getString("mac"))) {
                        log.error("The audit key does not match the newest keyed audit entry ({}): either it is not the key "
                                + "this database was used with (restore that key file, or UDBHABON_AUDIT_KEY), or the entry "
                                + "was changed. GET /api/v1/audit/verify tells which.", rs.getLong("id"));
                    }
                    return null;
                })
                .list();
        List<AuditCheckpoint> earlier = read();
        lastWritten = earlier.isEmpty() ? null : earlier.getLast();
        writeIfChanged();
    }

    /** Every {@code udbhabon.audit.checkpoint-interval}, the first one interval after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::periodically, interval, interval));
    }

    void periodically() {
        try {
            writeIfChanged();
        } catch (RuntimeException e) {
            log.warn("Could not write the audit checkpoint: {}", e.toString());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Last phase to start, first to stop: while the database is still there. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /**
     * At shutdown, waiting at most a few seconds: the embedded PostgreSQL's own shutdown hook may
     * already have stopped it, and a pool waiting for it would hold up the exit for its full timeout.
     */
    @Override
    public void stop() {
        running = false;
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                writeIfChanged();
            } catch (RuntimeException e) {
                log.warn("Could not write the audit checkpoint at shutdown: {}", e.toString());
            }
        });
        try {
            if (!writer.join(SHUTDOWN_WAIT)) {
                log.warn("No audit checkpoint at shutdown: the database did not answer within {}", SHUTDOWN_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every line whose MAC holds, in file order; a line that fails is reported and skipped. */
    List<AuditCheckpoint> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit checkpoints in " + file.toAbsolutePath(), e);
        }
        var checkpoints = new ArrayList<AuditCheckpoint>(lines.size());
        var mac = key.newMac();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                var checkpoint = new AuditCheckpoint(Instant.parse(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]);
                if (f.length == 5 && MessageDigest.isEqual(
                        AuditKey.mac(mac, content(checkpoint)).getBytes(StandardCharsets.US_ASCII),
                        f[4].getBytes(StandardCharsets.US_ASCII))) {
                    checkpoints.add(checkpoint);
                    continue;
                }
            } catch (RuntimeException malformed) {
                // a line cut short by a crash while writing; reported below like a forged one
            }
            log.warn("Audit checkpoint line {} of {} is not valid (wrong MAC or malformed); ignored", i + 1, file);
        }
        return checkpoints;
    }

    /** Anchors the chains that grew; a line only when the newest anchor is not the last line's. */
    private void writeIfChanged() {
        AuditCheckpoint last = lastWritten;
        AuditCheckpoint now = chains.anchor();
        if (last == null || last.entryId() != now.entryId() || last.count() != now.count()) {
            writeLine(now);
        }
    }

    private void writeLine(AuditCheckpoint checkpoint) {
        String line = format(checkpoint);
        append(line);
        log.info("Audit checkpoint: {}", line);
        lastWritten = checkpoint;
    }

    private String format(AuditCheckpoint c) {
        return c.at() + "\t" + c.entryId() + "\t" + c.count() + "\t" + c.head() + "\t" + key.mac(content(c));
    }

    private static String content(AuditCheckpoint c) {
        return String.join("\u001f", DOMAIN, c.at().toString(), Long.toString(c.entryId()),
                Long.toString(c.count()), c.head());
    }

    /** One write of the whole line in append mode, under a file lock: lines from several writers never interleave. */
    private void append(String line) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try (var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE); var lock = channel.lock()) {
                channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to the audit checkpoints in " + file.toAbsolutePath(), e);
        }
    }
}
