package bd.udbhabon.database.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work for every module (issue 16, point 5): a job is a {@code @Scheduled} method that also carries
 * ShedLock's {@code @SchedulerLock(name = "…")}, so only the node holding the job's row in {@code shedlock}
 * (V47) runs it, by the database's clock. A job must be idempotent and read its work from the database, so a
 * run missed while no node was up is caught up by the next. Off with {@code udbhabon.scheduling.enabled=false}
 * (the tests: each runs the job it checks itself).
 *
 * <p>Every job also holds its row for at least {@code udbhabon.scheduling.lock-at-least-for} (default a minute):
 * nodes fire by their own clocks, and a node firing a little later than one whose run was quick would otherwise
 * find the row free and run the same occurrence again. The row names the node that ran last
 * ({@code locked_by}: host and process id), so the table says where each job ran.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
@ConditionalOnProperty(name = "udbhabon.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(node())
                .build());
    }

    /** This node as {@code shedlock.locked_by} names it: the host and the process, since a host may run several. */
    static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
