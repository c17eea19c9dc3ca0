package bd.udbhabon.bangla;

import java.time.LocalTime;
import java.util.List;

/**
 * Clock times as written in Bangla documents: period word, 12-hour clock with the hour without a
 * leading zero, '.' and two-digit minutes, then ঘটিকা: "সকাল ১০.০০ ঘটিকা", "দুপুর ২.৩০ ঘটিকা".
 * Seconds are ignored.
 *
 * <p>Default period of the day ({@link #period(LocalTime)}):
 * <table>
 *   <caption>Period words</caption>
 *   <tr><th>from</th><th>to</th><th>word</th></tr>
 *   <tr><td>00:00</td><td>03:59</td><td>রাত</td></tr>
 *   <tr><td>04:00</td><td>05:59</td><td>ভোর</td></tr>
 *   <tr><td>06:00</td><td>11:59</td><td>সকাল</td></tr>
 *   <tr><td>12:00</td><td>14:59</td><td>দুপুর</td></tr>
 *   <tr><td>15:00</td><td>17:59</td><td>বিকাল</td></tr>
 *   <tr><td>18:00</td><td>19:59</td><td>সন্ধ্যা</td></tr>
 *   <tr><td>20:00</td><td>23:59</td><td>রাত</td></tr>
 * </table>
 * Usage varies for the early afternoon: the seeds write 14:30 as "দুপুর ২.৩০" (seed 002) and as
 * "অপরাহ্ন ২.৩০" (seed 004), and 13:15 as "বেলা ১.১৫" (seed 003). বেলা and অপরাহ্ন are stylistic
 * alternatives rather than separate periods, so the default never chooses them; a caller that
 * wants them (for instance because the office chose it for a meeting notice) passes the word to
 * {@link #ofDay(LocalTime, String)}.
 */
public final class BanglaTime {

    public static final String NIGHT = "রাত";
    public static final String DAWN = "ভোর";
    public static final String MORNING = "সকাল";
    public static final String NOON = "দুপুর";
    public static final String AFTERNOON = "বিকাল";
    public static final String EVENING = "সন্ধ্যা";
    /** Daytime, used loosely from late morning to afternoon ("বেলা ১.১৫ ঘটিকা"). */
    public static final String BELA = "বেলা";
    /** Formal "afternoon" ("অপরাহ্ন ২.৩০ ঘটিকা"). */
    public static final String APARAHNA = "অপরাহ্ন";
    /** Formal "forenoon" ("পূর্বাহ্ন ১০.০০ ঘটিকা"). */
    public static final String PURBAHNA = "পূর্বাহ্ন";

    /** The word after the time ("o'clock"). */
    public static final String GHATIKA = "ঘটিকা";

    /** Period words a user may pick from, in the order of the day. */
    public static final List<String> PERIOD_WORDS =
            List.of(DAWN, MORNING, PURBAHNA, NOON, BELA, APARAHNA, AFTERNOON, EVENING, NIGHT);

    private BanglaTime() {
    }

    /** "সকাল ১০.০০ ঘটিকা", with the default period word of {@link #period(LocalTime)}. */
    public static String ofDay(LocalTime t) {
        return ofDay(t, period(t));
    }

    /**
     * The time with a chosen period word: {@code ofDay(13:15, "বেলা")} -> "বেলা ১.১৫ ঘটিকা".
     * The word is stripped and NFC-normalised; it is not checked against the clock.
     *
     * @throws IllegalArgumentException if the word is null or blank
     */
    public static String ofDay(LocalTime t, String periodWord) {
        if (periodWord == null || periodWord.isBlank()) {
            throw new IllegalArgumentException("period word must not be blank");
        }
        StringBuilder sb = new StringBuilder(32).append(BanglaText.normalize(periodWord.strip())).append(' ');
        return appendClock(sb, t).append(' ').append(GHATIKA).toString();
    }

    /** The clock alone, 12-hour: 14:30 -> "২.৩০", 00:05 -> "১২.০৫". */
    public static String clock(LocalTime t) {
        return appendClock(new StringBuilder(8), t).toString();
    }

    /** The default period word of the table above. */
    public static String period(LocalTime t) {
        int h = t.getHour();
        if (h < 4) {
            return NIGHT;
        } else if (h < 6) {
            return DAWN;
        } else if (h < 12) {
            return MORNING;
        } else if (h < 15) {
            return NOON;
        } else if (h < 18) {
            return AFTERNOON;
        } else if (h < 20) {
            return EVENING;
        }
        return NIGHT;
    }

    private static StringBuilder appendClock(StringBuilder sb, LocalTime t) {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        BanglaDigits.appendBangla(sb, hour12, 1).append('.');
        return BanglaDigits.appendBangla(sb, t.getMinute(), 2);
    }
}
