package bd.udbhabon.meeting;

import bd.udbhabon.bangla.BanglaDigits;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's action plan as minutes in the activity style use it (seed 004; issue 14, point 7): its rows
 * (code, activity, indicator, target, achievement to date) to fill the items from, and a row's discussion
 * kept as the quarter's progress note. A service interface: the module that keeps the plans implements it
 * as a bean ({@code plan} uses {@code meeting}, so {@code meeting} names no type of {@code plan}); without
 * such a bean the minutes work as before.
 */
public interface PlanRows {

    /**
     * One row as the minutes print it.
     *
     * @param codeBn     "[১.৪.১]"
     * @param targetBn   the target ("৮৫%", "০৬ মে ২০২৪"), with the quarter's own where the plan sets one
     * @param achievedBn the achievement to date in a sentence ("অর্জন (২০২৩-২৪, ২য় প্রান্তিক পর্যন্ত): ৯৭.৭৬%")
     */
    record Row(String codeBn, String activityBn, String indicatorBn, String targetBn, String achievedBn) {

        /** What the activity column shows: the code and the indicator, as seed 004 writes them. */
        public String subjectBn() {
            return codeBn + " " + indicatorBn;
        }
    }

    /**
     * The office's plan for the fiscal year of a day.
     *
     * @param titleBn  "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪"
     * @param quarter  the quarter of the fiscal year the day falls in (1-4): a row's note goes to it
     */
    record Plan(String titleBn, String yearBn, int quarter, List<Row> rows) {
        public Plan {
            rows = List.copyOf(rows);
        }

        public Optional<Row> row(String codeBn) {
            return rows.stream().filter(r -> r.codeBn().equals(codeBn)).findFirst();
        }
    }

    /**
     * What became of a note: saved, or the message (a key of the implementing module's bundle, with its
     * arguments) saying why not.
     */
    record Outcome(boolean saved, String messageKey, List<String> args) {
        public Outcome {
            args = List.copyOf(args);
        }
    }

    /** The office's plan for the fiscal year {@code day} falls in; empty when it has none. */
    Optional<Plan> plan(long officeId, LocalDate day);

    /**
     * Keeps {@code noteBn} as the progress note (not the figure) of the row {@code codeBn} for the quarter
     * {@code day} falls in, for the current user, checked as the plan's progress is.
     */
    Outcome saveNote(long officeId, LocalDate day, String codeBn, String noteBn);

    Pattern LEADING_CODE = Pattern.compile("^\\s*\\[?\\s*([০-৯0-9]{1,2})\\s*\\.\\s*([০-৯0-9]{1,2})\\s*\\.\\s*([০-৯0-9]{1,2})\\s*]");

    /** The code an item's subject starts with, written "[১.৪.১]"; null when it starts with none. */
    static String codeOf(String subject) {
        if (subject == null) {
            return null;
        }
        Matcher m = LEADING_CODE.matcher(subject);
        if (!m.find()) {
            return null;
        }
        return "[" + BanglaDigits.toBangla(Integer.parseInt(BanglaDigits.toLatin(m.group(1)))) + "."
                + BanglaDigits.toBangla(Integer.parseInt(BanglaDigits.toLatin(m.group(2)))) + "."
                + BanglaDigits.toBangla(Integer.parseInt(BanglaDigits.toLatin(m.group(3)))) + "]";
    }
}
