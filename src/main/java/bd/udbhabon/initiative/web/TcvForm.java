package bd.udbhabon.initiative.web;

import bd.udbhabon.initiative.ProcessStep;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.initiative.internal.TcvRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The process and TCV form as bound: step rows before and after ({@code before[0].text}, {@code before[0].actor},
 * {@code before[0].remove}), the figures as typed (Bangla or Latin digits, checked by {@link TcvRules}), the day
 * measured, and which button was pressed: save, or room for more steps before or after (nothing saved).
 */
public record TcvForm(List<StepRow> before, List<StepRow> after, String timeBefore, String timeAfter, String costBefore,
                      String costAfter, String visitsBefore, String visitsAfter, String casesPerYear, LocalDate measuredOn,
                      String action) {

    /** Empty rows offered below the steps, to add some without script. */
    static final int SPARE_ROWS = 2;
    /** Rows a press of "more steps" adds. */
    static final int MORE_ROWS = 3;

    /** A step row as typed; {@code remove} ticked drops it when saved. */
    public record StepRow(String text, String actor, String remove) {

        static final StepRow BLANK = new StepRow("", "", "");

        boolean removed() {
            return remove != null && !remove.isBlank();
        }
    }

    public TcvForm {
        before = before == null ? List.of() : before.stream().map(r -> r == null ? StepRow.BLANK : r).toList();
        after = after == null ? List.of() : after.stream().map(r -> r == null ? StepRow.BLANK : r).toList();
    }

    /** The initiative's stored process and TCV as the form shows them, figures in the page's digits, with spare rows. */
    static TcvForm of(List<ProcessStep> process, Tcv tcv, LocalDate today, boolean bangla) {
        List<StepRow> before = new ArrayList<>();
        List<StepRow> after = new ArrayList<>();
        for (ProcessStep step : process) {
            (step.phase() == ProcessStep.Phase.BEFORE ? before : after)
                    .add(new StepRow(step.textBn(), step.actorBn() == null ? "" : step.actorBn(), ""));
        }
        TcvForm form = tcv == null
                ? new TcvForm(before, after, "", "", "", "", "", "", "", today, "")
                : new TcvForm(before, after, TcvText.plain(tcv.timeBefore(), bangla), TcvText.plain(tcv.timeAfter(), bangla),
                TcvText.plain(tcv.costBefore(), bangla), TcvText.plain(tcv.costAfter(), bangla),
                TcvText.digits(Integer.toString(tcv.visitsBefore()), bangla), TcvText.digits(Integer.toString(tcv.visitsAfter()), bangla),
                TcvText.digits(Long.toString(tcv.casesPerYear()), bangla), tcv.measuredOn(), "");
        return form.withSpareRows(SPARE_ROWS, SPARE_ROWS);
    }

    /** Whether a button other than save was pressed: "more-before" or "more-after". */
    boolean wantsMoreRows() {
        return "more-before".equals(action) || "more-after".equals(action);
    }

    /** The form with room for more steps where the button asked for it. */
    TcvForm withMoreRows() {
        return withSpareRows("more-before".equals(action) ? MORE_ROWS : 0, "more-after".equals(action) ? MORE_ROWS : 0);
    }

    TcvForm withSpareRows(int spareBefore, int spareAfter) {
        return new TcvForm(padded(before, spareBefore), padded(after, spareAfter), timeBefore, timeAfter, costBefore, costAfter,
                visitsBefore, visitsAfter, casesPerYear, measuredOn, "");
    }

    private static List<StepRow> padded(List<StepRow> rows, int spare) {
        List<StepRow> padded = new ArrayList<>(rows);
        for (int i = 0; i < spare; i++) {
            padded.add(StepRow.BLANK);
        }
        return padded;
    }

    /** The rows as the rules read them: a removed row is a blank one (dropped), so problems keep the form's numbering. */
    static List<TcvRules.Step> steps(List<StepRow> rows) {
        return rows.stream().map(r -> r.removed() ? new TcvRules.Step(null, null) : new TcvRules.Step(r.text(), r.actor())).toList();
    }

    TcvRules.Figures figures() {
        return new TcvRules.Figures(timeBefore, timeAfter, costBefore, costAfter, visitsBefore, visitsAfter, casesPerYear, measuredOn);
    }
}
