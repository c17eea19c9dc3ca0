package bd.udbhabon.plan.web;

import bd.udbhabon.office.Office;
import bd.udbhabon.plan.PlanRollUp;
import bd.udbhabon.plan.RollUpState;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The roll-up page's tables as files, headers and values in the request's language: every office of the
 * scope ({@code offices}, the default), the offices directly below with their scopes counted ({@code below}),
 * and the counts per level ({@code counts}). Scores go as numbers and days as days, so that a spreadsheet
 * sums and sorts them; text goes through {@link TableExport}, which neutralises formulas.
 */
record RollUpExport(Ui ui, PlanRollUp rollUp, Office office, YearQuarter at, Table table) {

    enum Table {
        OFFICES, BELOW, COUNTS;

        static Table parse(String name) {
            for (Table t : values()) {
                if (t.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return t;
                }
            }
            return OFFICES;
        }
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>();
        if (table == Table.COUNTS) {
            headers.add(ui.t("plan.rollup.level"));
        } else {
            headers.addAll(List.of(ui.t("plan.rollup.nameBn"), ui.t("plan.rollup.nameEn"), ui.t("plan.rollup.level")));
            headers.add(table == Table.BELOW ? ui.t("plan.rollup.reportsHere") : ui.t("plan.rollup.reportsTo"));
            headers.addAll(List.of(ui.t("plan.rollup.state"), ui.t("plan.rollup.late"), ui.t("plan.rollup.submittedOn"),
                    ui.t("plan.rollup.score"), ui.t("plan.rollup.scoreRule")));
        }
        if (table != Table.OFFICES) {
            String prefix = table == Table.BELOW ? ui.t("plan.rollup.belowPrefix") : "";
            for (RollUpState state : RollUpState.values()) {
                headers.add(prefix + ui.t("plan.rollup.state." + state.name()));
            }
            headers.add(prefix + ui.t("plan.rollup.total"));
        }
        return headers;
    }

    int[] widths() {
        return table == Table.COUNTS ? new int[]{24} : new int[]{40, 40, 20, table == Table.BELOW ? 12 : 36, 22, 10, 14, 10, 24};
    }

    TableExport.Rows rows() {
        return row -> {
            switch (table) {
                case OFFICES -> rollUp.forEachInScope(office.id(), at.year(), at.quarter(), o -> row.accept(office(o, null)));
                case BELOW -> rollUp.rollUp(office.id(), at.year(), at.quarter()).children().forEach(c -> {
                    List<Object> values = office(c.office(), c.reportsHere());
                    values.addAll(counts(c.below()));
                    row.accept(values);
                });
                case COUNTS -> {
                    var view = rollUp.rollUp(office.id(), at.year(), at.quarter());
                    view.byLevel().forEach((level, tally) -> {
                        List<Object> values = new ArrayList<>();
                        values.add(level.name(ui.bangla()));
                        values.addAll(counts(tally));
                        row.accept(values);
                    });
                    List<Object> total = new ArrayList<>();
                    total.add(ui.t("plan.rollup.total"));
                    total.addAll(counts(view.total()));
                    row.accept(total);
                }
            }
        };
    }

    private List<Object> office(PlanRollUp.OfficeReport o, Boolean reportsHere) {
        boolean bn = ui.bangla();
        List<Object> values = new ArrayList<>();
        values.add(o.nameBn());
        values.add(o.nameEn() == null ? "" : o.nameEn());
        values.add(o.level().name(bn));
        values.add(reportsHere == null ? o.superior(bn) : ui.t(reportsHere ? "plan.rollup.yes" : "plan.rollup.no"));
        values.add(ui.t("plan.rollup.state." + o.state().name()));
        values.add(o.late() ? ui.t("plan.rollup.yes") : "");
        values.add(o.submittedOn());
        values.add(o.score());
        values.add(o.scoreRule() == null ? "" : o.scoreRule().name(bn));
        return values;
    }

    private static List<Object> counts(PlanRollUp.Tally tally) {
        List<Object> values = new ArrayList<>();
        for (RollUpState state : RollUpState.values()) {
            values.add(tally.of(state));
        }
        values.add(tally.total());
        return values;
    }

    String sheetName() {
        return ui.t("plan.rollup.sheet." + table.name());
    }

    /** "কর্মপরিকল্পনা-প্রতিবেদন-দিনাজপুর-2023-24-1-offices.csv". */
    String fileName(String extension) {
        return ui.t("plan.rollup.fileName", office.place(ui.bangla()).replace(' ', '-'), at.yearLatin(), at.quarter())
                + "-" + table.name().toLowerCase(Locale.ROOT) + "." + extension;
    }
}
