package bd.udbhabon.team.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.team.Notification;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17, point 3: the notifications' snapshot of one node sees what another node wrote (a plain update here: this
 * node's generation does not move) once the snapshot is as old as its limit, rather than never.
 */
@IntegrationTest
class PoliciesOnSeveralNodesTests {

    private static final String EDIT = " (edited on another node)";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcPolicies application;

    @Test
    void aNotificationWrittenOnAnotherNodeIsSeenOnceTheSnapshotIsOld() throws Exception {
        var slow = new JdbcPolicies(jdbc, transactions, Duration.ofHours(1));
        var quick = new JdbcPolicies(jdbc, transactions, Duration.ofMillis(200));
        String before = titleEn(slow);
        assertThat(titleEn(quick)).isEqualTo(before);
        try {
            jdbc.sql("update notification set title_en = title_en || ? where id = 1").param(EDIT).update();
            assertThat(titleEn(slow)).as("within its age the snapshot is served").isEqualTo(before);
            Thread.sleep(300);
            assertThat(titleEn(quick)).as("past its age it is read again").isEqualTo(before + EDIT);
        } finally {
            jdbc.sql("update notification set title_en = ? where id = 1").param(before).update();
            // the application's own snapshot may have read the edit meanwhile: a write of its own makes it read again
            new TransactionTemplate(transactions).executeWithoutResult(status -> application.beginWriting());
        }
    }

    private static String titleEn(JdbcPolicies policies) {
        return policies.find(1).map(Notification::titleEn).orElseThrow();
    }
}
