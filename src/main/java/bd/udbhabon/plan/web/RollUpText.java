package bd.udbhabon.plan.web;

import bd.udbhabon.plan.PlanRollUp;
import bd.udbhabon.shell.Ui;
import java.util.List;

/** The roll-up's sentences and figures in the page's (or the API caller's) language. */
public final class RollUpText {

    private RollUpText() {
    }

    /**
     * Which of the offices reporting to this one have not sent the quarter's report, as seed 004 writes it
     * ("… জুলাই-সেপ্টেম্বর (প্রথম কোয়ার্টার) প্রতিবেদন পাওয়া যায়নি: ক, খ ও গ।"); that all came when they did;
     * null when no office reports here.
     */
    public static String missingSentence(Ui ui, PlanRollUp.RollUp view) {
        long reporting = view.reportingHere();
        if (reporting == 0) {
            return null;
        }
        List<PlanRollUp.OfficeReport> missing = view.notReceived();
        String quarter = ui.t("plan.rollup.quarter." + view.quarter());
        if (missing.isEmpty()) {
            return ui.t("plan.rollup.allReceived", ui.num(reporting), quarter);
        }
        return ui.t("plan.rollup.missing", ui.num(reporting), ui.num(missing.size()), quarter,
                names(ui, missing.stream().map(o -> o.name(ui.bangla())).toList()));
    }

    /** "ক", "ক ও খ", "ক, খ ও গ" ("A, B and C"). */
    static String names(Ui ui, List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ui.t("plan.rollup.and") + names.getLast();
    }

    /** "১২.১" for a score; empty for none. */
    public static String score(Ui ui, java.math.BigDecimal score) {
        return score == null ? "" : PlanText.number(score, ui.bangla());
    }
}
