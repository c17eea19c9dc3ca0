package bd.udbhabon.document;

import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The line under the letterhead: the memo number on the left ("নম্বর: ০৫.৫৫…৮৯") and the dual date
 * on the right ("তারিখ:" then the Bangla date above the Gregorian one).
 */
public record MemoLine(MemoNumber memo, LocalDate date) {

    public static final String MEMO_LABEL = "নম্বর: ";
    public static final String DATE_LABEL = "তারিখ: ";

    public MemoLine {
        Objects.requireNonNull(memo, "memo number");
        Objects.requireNonNull(date, "date");
    }

    public String memoText() {
        return MEMO_LABEL + memo.format();
    }

    /** The two date lines, Bangla first, as {@link DualDate} writes them. */
    public List<String> dateLines() {
        return DualDate.lines(date);
    }
}
