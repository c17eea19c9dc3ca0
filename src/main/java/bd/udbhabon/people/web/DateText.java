package bd.udbhabon.people.web;

import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.shell.Ui;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates on the people pages: day first in the page's digits, and the Bangla date beside it on Bangla pages. */
public final class DateText {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private DateText() {
    }

    /** "০১-০৩-২০২৪" (or "01-03-2024" on an English page); empty for no date. */
    public static String gregorian(Ui ui, LocalDate date) {
        return date == null ? "" : ui.digits(DAY_FIRST.format(date));
    }

    /** "১৭ ফাল্গুন ১৪৩০ বঙ্গাব্দ" on a Bangla page; empty on an English page or for no date. */
    public static String bangla(Ui ui, LocalDate date) {
        return date == null || !ui.bangla() ? "" : DualDate.banglaLine(date);
    }
}
