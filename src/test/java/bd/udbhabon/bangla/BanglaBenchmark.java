package bd.udbhabon.bangla;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Hot paths of the bangla module. Run:
 * {@code mvn -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="BanglaBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s"}.
 * Each call walks a cycle of inputs (dates spread over both rule sets, all seed memo numbers), so
 * that no single input is constant-folded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BanglaBenchmark {

    private static final int SIZE = 1024; // power of two

    private LocalDate[] dates;
    private BanglaDate[] banglaDates;
    private String[] memoTexts;
    private MemoNumber[] memos;
    private int i;

    @Setup
    public void setUp() {
        dates = new LocalDate[SIZE];
        banglaDates = new BanglaDate[SIZE];
        LocalDate first = LocalDate.of(1990, 1, 1);
        for (int k = 0; k < SIZE; k++) {
            dates[k] = first.plusDays(k * 39L); // 1990..2099, every month and both rule sets
            banglaDates[k] = BanglaCalendar.toBangla(dates[k]);
        }
        String[] seeds = {
                "০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১০০", "০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭", "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯",
                "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)", "০৫.০০.০০০০.১৯৭.০১.০০৮.১১.১৩৩", "০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮",
                "৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩-০৫", "১৫.০৬.২৬৯২.০০১.০০৫.০৩.০০০১.২৪.১২"};
        memoTexts = new String[SIZE];
        memos = new MemoNumber[SIZE];
        for (int k = 0; k < SIZE; k++) {
            memoTexts[k] = seeds[k % seeds.length];
            memos[k] = MemoNumber.parse(memoTexts[k]);
        }
    }

    private int next() {
        return i = (i + 1) & (SIZE - 1);
    }

    @Benchmark
    public BanglaDate toBangla() {
        return BanglaCalendar.toBangla(dates[next()]);
    }

    @Benchmark
    public LocalDate toGregorian() {
        BanglaDate d = banglaDates[next()];
        return BanglaCalendar.toGregorian(d.year(), d.month(), d.day());
    }

    @Benchmark
    public String dualDateBanglaLine() {
        return DualDate.banglaLine(dates[next()]);
    }

    @Benchmark
    public String dualDateGregorianLine() {
        return DualDate.gregorianLine(dates[next()]);
    }

    @Benchmark
    public MemoNumber memoParse() {
        return MemoNumber.parse(memoTexts[next()]);
    }

    @Benchmark
    public String memoFormat() {
        return memos[next()].format();
    }
}
