package bd.udbhabon.team.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.team.Cadence;
import bd.udbhabon.team.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policies are served from a snapshot: a writing transaction sees its own writes, everyone sees
 * them once it commits, and nobody ever sees a write that was rolled back.
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.test.context=notifications") // as NotificationPagesTests: they write policies
class PoliciesCacheTests {

    private static final LocalDate FAR = LocalDate.of(2099, 1, 1);

    @Autowired
    JdbcPolicies policies;
    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        elsewhere.shutdownNow();
    }

    private static JdbcPolicies.Header header(String memo) {
        return new JdbcPolicies.Header("পরীক্ষার প্রজ্ঞাপন", "Test notification", memo, FAR, FAR, Cadence.QUARTERLY,
                List.of("পরীক্ষার কাজ"));
    }

    @Test
    void aSaveThatFailsLeavesNoTraceAndOneThatCommitsIsSeenAtOnce() throws Exception {
        List<Notification> before = policies.all();
        assertThat(policies.all()).as("served from the snapshot").isSameAs(before);
        var tx = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            policies.beginWriting();
            long id = policies.insert(header("০০.০০.০০০০.০০০.০০.০০০.৯৯.১"));
            policies.copyLevels(2, id);
            // the writer judges by what it has written; the others still by what is committed
            assertThat(policies.inForce(FAR).orElseThrow().id()).isEqualTo(id);
            assertThat(policies.find(id).orElseThrow().levels()).isEqualTo(policies.find(2).orElseThrow().levels());
            assertThat(get(elsewhere.submit(policies::all))).isEqualTo(before);
            policies.insert(header("০০.০০.০০০০.০০০.০০.০০০.৯৯.১")); // the same memo number: the save fails
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(policies.all()).isEqualTo(before);
        assertThat(get(elsewhere.submit(policies::all))).isEqualTo(before);

        long id = tx.execute(status -> {
            policies.beginWriting();
            return policies.insert(header("০০.০০.০০০০.০০০.০০.০০০.৯৯.২"));
        });
        assertThat(policies.all().getFirst().id()).isEqualTo(id);
        assertThat(get(elsewhere.submit(() -> policies.inForce(FAR).orElseThrow().id()))).isEqualTo(id);
        assertThat(policies.all()).isSameAs(policies.all()).hasSize(before.size() + 1);
    }

    @Test
    void writingNeedsATransaction() {
        assertThatThrownBy(policies::beginWriting).isInstanceOf(IllegalStateException.class);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
