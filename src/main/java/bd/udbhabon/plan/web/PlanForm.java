package bd.udbhabon.plan.web;

import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.TargetColumn;
import bd.udbhabon.plan.internal.PlanRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The targets form as bound: one row per indicator ({@code rows[0].target100}, {@code rows[0].q1},
 * {@code rows[0].post} …), the template's first in code order, then the office's own rows and, where
 * the template allows them, a few empty ones to add more without script.
 */
public record PlanForm(List<PlanRules.Row> rows) {

    /** Empty own rows offered below the others where the template allows them. */
    static final int SPARE_OWN_ROWS = 3;

    public PlanForm {
        rows = rows == null ? List.of() : rows.stream().map(r -> r == null ? blankOwn() : r).toList();
    }

    /** The plan's open version as the form shows it, figures in the page's digits. */
    static PlanForm of(ActionPlan.Version version, boolean bangla) {
        List<PlanRules.Row> rows = new ArrayList<>();
        List<PlanRules.Row> ownRows = new ArrayList<>();
        for (PlanTemplate.Section section : version.content().sections()) {
            for (PlanTemplate.Activity activity : section.activities()) {
                for (PlanTemplate.Indicator i : activity.indicators()) {
                    var detail = version.detail(i.code()).orElse(new ActionPlan.RowDetail(false, null, null));
                    List<String> targets = Arrays.stream(TargetColumn.values()).map(c -> PlanText.target(i, c, bangla)).toList();
                    List<String> quarters = new ArrayList<>(List.of("", "", "", ""));
                    if (detail.quarterTargets() != null) {
                        for (int q = 0; q < 4; q++) {
                            BigDecimal v = detail.quarterTargets().get(q);
                            quarters.set(q, v == null ? "" : PlanText.number(v, bangla));
                        }
                    }
                    boolean own = detail.ownRow();
                    (own ? ownRows : rows).add(new PlanRules.Row(i.code().shown(bangla), own ? "true" : "", own ? activity.titleBn() : "",
                            own ? i.titleBn() : "", own ? i.unit().name(bangla) : "", own ? i.calculation().name(bangla) : "",
                            PlanText.number(i.weight(), bangla), targets.get(0), targets.get(1), targets.get(2), targets.get(3),
                            targets.get(4), quarters.get(0), quarters.get(1), quarters.get(2), quarters.get(3),
                            detail.responsiblePostId() == null ? "" : detail.responsiblePostId().toString(), own ? i.evidenceBn() : ""));
                }
            }
        }
        rows.addAll(ownRows);
        return new PlanForm(rows);
    }

    /** The rows typed (spare own rows left empty dropped): what the rules check, in the order their problems come back. */
    List<PlanRules.Row> typedRows() {
        return rows.stream().filter(r -> !r.blankOwnRow()).toList();
    }

    /** The typed rows and, where own rows are allowed, room for more. */
    List<PlanRules.Row> rowsWithRoom(boolean ownAllowed) {
        List<PlanRules.Row> shown = new ArrayList<>(typedRows());
        for (int i = 0; ownAllowed && i < SPARE_OWN_ROWS; i++) {
            shown.add(blankOwn());
        }
        return shown;
    }

    static PlanRules.Row blankOwn() {
        return new PlanRules.Row("", "true", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** A unit's hint beside a target cell: "%", a day's form, or nothing. */
    static String unitHint(IndicatorUnit unit) {
        return switch (unit) {
            case PERCENT -> "%";
            case DATE -> "dd-mm-yyyy";
            default -> "";
        };
    }
}
