package bd.udbhabon.database.internal;

import bd.udbhabon.database.DatabaseUnavailable;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps the log readable while the database is unreachable: every request, health check and pool
 * would otherwise log its own stack trace (about 29,000 lines in a minute). Of the entries caused
 * by an unreachable database, one is shown in full every {@link #WINDOW}; the others are counted
 * and the count is logged with the next one shown, or when the embedded server is back.
 */
final class DatabaseOutageLog extends TurboFilter {

    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(DatabaseOutageLog.class);
    private static final String NAME = "udbhabon-database-outage";
    private static final AtomicLong lastShown = new AtomicLong(Long.MIN_VALUE / 2);
    private static final AtomicLong suppressed = new AtomicLong();
    /** Set while the watchdog replaces a dead server: zonky's failure to stop it is expected. */
    private static final ThreadLocal<Boolean> quiet = ThreadLocal.withInitial(() -> false);

    /** Adds the filter to Logback once (Spring Boot may reset Logback when another context starts). */
    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(f -> NAME.equals(f.getName()))) {
            var filter = new DatabaseOutageLog();
            filter.setName(NAME);
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        if (quiet.get() && logger.getName().startsWith("io.zonky")) {
            return FilterReply.DENY;
        }
        Throwable failure = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        if (failure == null || !DatabaseUnavailable.causedBy(failure)) {
            return FilterReply.NEUTRAL;
        }
        long now = System.nanoTime();
        long last = lastShown.get();
        if (now - last >= WINDOW.toNanos() && lastShown.compareAndSet(last, now)) {
            long left = suppressed.getAndSet(0);
            if (left > 0) {
                log.warn("{} more log entries caused by the unreachable database were left out", left);
            }
            return FilterReply.NEUTRAL;
        }
        suppressed.incrementAndGet();
        return FilterReply.DENY;
    }

    static void outageEnded() {
        long left = suppressed.getAndSet(0);
        if (left > 0) {
            log.warn("{} log entries caused by the unreachable database were left out", left);
        }
    }

    /** Runs {@code action}, hiding what zonky logs about it. */
    static void quietly(IoAction action) {
        quiet.set(true);
        try {
            action.run();
        } catch (Exception ignored) {
            // stopping a dead server fails; the caller starts a new one either way
        } finally {
            quiet.set(false);
        }
    }

    interface IoAction {
        void run() throws Exception;
    }
}
