package bd.udbhabon.office;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.bangla.MemoNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Serials are never given twice, also under concurrent issuing, and a failed issue leaves no gap. */
@IntegrationTest
class MemoNumberingTests {

    @Autowired
    MemoNumbering numbering;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private long openFile(String fileNumber, long nextSerial) {
        long dinajpur = accounts.office(OfficeLevel.DISTRICT, "Dinajpur");
        return jdbc.sql("insert into memo_file (office_id, file_number, subject_bn, next_serial) values (?, ?, 'ইনোভেশন টিম', ?) returning id")
                .params(dinajpur, MemoNumber.parse(fileNumber).fileNumberLatin(), nextSerial).query(Long.class).single();
    }

    @Test
    void aHundredConcurrentIssuesTakeAHundredDifferentSerialsWithoutGaps() throws Exception {
        long file = openFile("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮", 89);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<String>> issues = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int paper = i;
            issues.add(() -> transactions.execute(tx -> numbering.take(file, "test:" + paper).format()));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<String> f : pool.invokeAll(issues)) {
            numbers.add(f.get());
        }
        pool.shutdown();

        assertThat(numbers).hasSize(100).contains("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯", "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.১৮৮");
        assertThat(numbering.file(file).orElseThrow().nextSerial()).isEqualTo(189);
        assertThat(jdbc.sql("select count(*) from issued_memo where file_id = ?").param(file).query(Long.class).single())
                .isEqualTo(100);
    }

    @Test
    void aRolledBackIssueGivesItsSerialBack() {
        long file = openFile("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৯", 7);
        try {
            transactions.executeWithoutResult(tx -> {
                numbering.take(file, "test:failed");
                throw new IllegalStateException("the document could not be rendered");
            });
        } catch (IllegalStateException expected) {
            // the paper failed after taking its number
        }
        String next = transactions.execute(tx -> numbering.take(file, "test:ok").format());
        assertThat(next).isEqualTo("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৯.৭");
    }

    @Test
    void aFileOpenedFromOneOfItsLettersNumbersItsPapersTheSameWay() {
        long thakurgaon = accounts.office(OfficeLevel.DISTRICT, "Thakurgaon");
        accounts.create("thakurgaon-memo-ms", bd.udbhabon.access.Role.MEMBER_SECRETARY, thakurgaon);
        // seed 004's style: a dash and two digits; the last letter was …২৩-০৪
        var dashed = accounts.as("thakurgaon-memo-ms",
                () -> numbering.open(thakurgaon, "৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩-০৪", "ইনোভেশন টিমের সভা", 5));
        assertThat(dashed.fileNumber().format()).isEqualTo("৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩");
        assertThat(dashed.nextNumber().format()).isEqualTo("৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩-০৫");
        assertThat(take(dashed.id()))
                .isEqualTo("৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩-০৫");
        // the Cabinet Division's style: a dash without padding; and a bare file number keeps the rule
        var cabinetStyle = accounts.as("thakurgaon-memo-ms",
                () -> numbering.open(thakurgaon, "04.00.0000.832.18.001.23-77", "ইনোভেশন", 78));
        assertThat(take(cabinetStyle.id()))
                .isEqualTo("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৮");
        var bare = accounts.as("thakurgaon-memo-ms", () -> numbering.open(thakurgaon, "05.55.9400.025.13.002.26", "ইনোভেশন", 3));
        assertThat(take(bare.id())).isEqualTo("০৫.৫৫.৯৪০০.০২৫.১৩.০০২.২৬.৩");
    }

    private String take(long file) {
        return transactions.execute(tx -> numbering.take(file, "test:style").format());
    }

    @Test
    void takingASerialOutsideATransactionIsRefused() {
        long file = openFile("০৫.৫৫.২৭০০.০২৫.১৩.০০২.২০", 1);
        assertThatThrownBy(() -> numbering.take(file, "test:loose")).isInstanceOf(IllegalTransactionStateException.class);
    }
}
