package bd.udbhabon.plan;

import bd.udbhabon.bangla.BanglaDigits;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator's code, [section.activity.indicator] as the APA writes it ([১.৪.১]): kept as three
 * numbers so that [১.১০.১] sorts after [১.৯.১], shown with Bangla digits.
 */
public record IndicatorCode(int section, int activity, int indicator) implements Comparable<IndicatorCode> {

    private static final Pattern CODE = Pattern.compile("\\[?\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*]?");
    private static final Comparator<IndicatorCode> ORDER = Comparator.comparingInt(IndicatorCode::section)
            .thenComparingInt(IndicatorCode::activity).thenComparingInt(IndicatorCode::indicator);

    public IndicatorCode {
        if (section < 1 || activity < 1 || indicator < 1) {
            throw new IllegalArgumentException("code parts start at 1");
        }
    }

    /** "[১.১.১]", "১.১.১", "[1.1.1]", "2.1.2]" (the seed's OCR lost a bracket); null if it is not a code. */
    public static IndicatorCode parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CODE.matcher(BanglaDigits.toLatin(text.strip()));
        if (!m.matches()) {
            return null;
        }
        int s = Integer.parseInt(m.group(1));
        int a = Integer.parseInt(m.group(2));
        int i = Integer.parseInt(m.group(3));
        return s < 1 || a < 1 || i < 1 ? null : new IndicatorCode(s, a, i);
    }

    /** [১.৪.১] */
    public String bangla() {
        return BanglaDigits.toBangla(latin());
    }

    /** [1.4.1] */
    public String latin() {
        return "[" + section + "." + activity + "." + indicator + "]";
    }

    public String shown(boolean bangla) {
        return bangla ? bangla() : latin();
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return latin();
    }
}
