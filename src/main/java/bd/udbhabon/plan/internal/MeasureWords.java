package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.BanglaNames;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Days and periods as the proposals' sources write them: "১ জুলাই–৩০ সেপ্টেম্বর ২০২৩", "1 July–30 September 2023". */
final class MeasureWords {

    /** A source longer than the column keeps (plan_progress.proposed_source_bn) ends with "…". */
    static final int MAX = 500;

    private MeasureWords() {
    }

    static String day(LocalDate d, boolean bangla) {
        return dayMonth(d, bangla) + " " + number(d.getYear(), bangla);
    }

    /** The two days, the first's year only when it differs: "১ জুলাই–৩০ সেপ্টেম্বর ২০২৩", "১ জুলাই ২০২৩–৩১ মার্চ ২০২৪". */
    static String period(LocalDate from, LocalDate to, boolean bangla) {
        String first = from.getYear() == to.getYear() ? dayMonth(from, bangla) : day(from, bangla);
        return first + "–" + day(to, bangla);
    }

    /** Up to six days without their year ("১০ জুলাই, ১৪ আগস্ট"), then "…". */
    static String days(List<LocalDate> days, boolean bangla) {
        String listed = days.stream().limit(6).map(d -> dayMonth(d, bangla)).collect(Collectors.joining(", "));
        return days.size() > 6 ? listed + ", …" : listed;
    }

    static String number(long n, boolean bangla) {
        return bangla ? BanglaDigits.toBangla(n) : String.valueOf(n);
    }

    static String clip(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }

    private static String dayMonth(LocalDate d, boolean bangla) {
        return bangla ? BanglaDigits.toBangla(d.getDayOfMonth()) + " " + BanglaNames.gregorianMonth(d.getMonth())
                : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
