package bd.udbhabon.people.web;

import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.shell.Ui;
import java.time.LocalDate;

/** The Bangla calendar's date shown beside {@code ui.date} on the people pages' Bangla versions. */
public final class DateText {

    private DateText() {
    }

    /** "১৭ ফাল্গুন ১৪৩০ বঙ্গাব্দ" on a Bangla page; empty on an English page or for no date. */
    public static String bangla(Ui ui, LocalDate date) {
        return date == null || !ui.bangla() ? "" : DualDate.banglaLine(date);
    }
}
