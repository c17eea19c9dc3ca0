package bd.udbhabon.initiative.web;

import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.InitiativeRollUp;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.Office;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The roll-up page's tables as files, headers in the request's language: the counts per level ({@code levels}, the
 * default), the offices directly below ({@code below}) and every initiative of the scope ({@code initiatives}). Counts,
 * savings and days go as numbers and days, so that a spreadsheet sums and sorts them; text goes through
 * {@link TableExport}, which neutralises formulas.
 */
record InitiativeRollUpExport(Ui ui, InitiativeRollUp rollUp, Office office, Table table) {

    enum Table {
        LEVELS, BELOW, INITIATIVES;

        static Table parse(String name) {
            for (Table t : values()) {
                if (t.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return t;
                }
            }
            return LEVELS;
        }
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>();
        switch (table) {
            case LEVELS -> headers.add(ui.t("initiative.rollup.level"));
            case BELOW -> headers.addAll(List.of(ui.t("initiative.rollup.nameBn"), ui.t("initiative.rollup.nameEn"),
                    ui.t("initiative.rollup.level")));
            case INITIATIVES -> {
                headers.addAll(List.of(ui.t("initiative.rollup.id"), ui.t("initiative.rollup.nameBn"), ui.t("initiative.rollup.nameEn"),
                        ui.t("initiative.rollup.level"), ui.t("initiative.rollup.kind"), ui.t("initiative.rollup.titleBn"),
                        ui.t("initiative.rollup.titleEn"), ui.t("initiative.rollup.stage"), ui.t("initiative.rollup.stageSince"),
                        ui.t("initiative.rollup.replicatedFrom"), ui.t("initiative.rollup.daysSaved"), ui.t("initiative.rollup.takaSaved"),
                        ui.t("initiative.rollup.visitsSaved"), ui.t("initiative.rollup.measuredOn")));
                return headers;
            }
        }
        for (Stage s : Stage.values()) {
            headers.add(s.name(ui.bangla()));
        }
        headers.addAll(List.of(ui.t("initiative.rollup.total"), ui.t("initiative.rollup.running")));
        for (InitiativeKind k : InitiativeKind.values()) {
            headers.add(k.name(ui.bangla()));
        }
        headers.addAll(List.of(ui.t("initiative.rollup.replicated"), ui.t("initiative.rollup.measured"),
                ui.t("initiative.rollup.daysSaved"), ui.t("initiative.rollup.takaSaved"), ui.t("initiative.rollup.visitsSaved"),
                ui.t("initiative.rollup.services"), ui.t("initiative.rollup.servicesRunning")));
        return headers;
    }

    int[] widths() {
        return switch (table) {
            case LEVELS -> new int[]{30};
            case BELOW -> new int[]{40, 40, 24};
            case INITIATIVES -> new int[]{8, 40, 40, 24, 20, 50, 50, 18, 14, 12, 14, 14, 14, 14};
        };
    }

    TableExport.Rows rows() {
        return row -> {
            switch (table) {
                case LEVELS -> {
                    InitiativeRollUp.RollUp view = rollUp.rollUp(office.id());
                    view.byLevel().forEach((level, figures) -> {
                        List<Object> values = new ArrayList<>();
                        values.add(level.name(ui.bangla()));
                        values.addAll(figures(figures));
                        row.accept(values);
                    });
                    List<Object> total = new ArrayList<>();
                    total.add(ui.t("initiative.rollup.total"));
                    total.addAll(figures(view.total()));
                    row.accept(total);
                }
                case BELOW -> rollUp.rollUp(office.id()).below().forEach(b -> {
                    List<Object> values = new ArrayList<>();
                    values.add(b.nameBn());
                    values.add(b.nameEn() == null ? "" : b.nameEn());
                    values.add(b.level().name(ui.bangla()));
                    values.addAll(figures(b.figures()));
                    row.accept(values);
                });
                case INITIATIVES -> rollUp.forEachInitiative(office.id(), i -> {
                    List<Object> values = new ArrayList<>();
                    values.add(i.initiativeId());
                    values.add(i.officeBn());
                    values.add(i.officeEn() == null ? "" : i.officeEn());
                    values.add(i.level().name(ui.bangla()));
                    values.add(i.kind().name(ui.bangla()));
                    values.add(i.titleBn());
                    values.add(i.titleEn() == null ? "" : i.titleEn());
                    values.add(i.stage().name(ui.bangla()));
                    values.add(i.stageSince());
                    values.add(i.replicatedFromId() == null ? "" : i.replicatedFromId());
                    values.add(i.tcv() == null ? "" : i.tcv().timeSavedPerYear());
                    values.add(i.tcv() == null ? "" : i.tcv().costSavedPerYear());
                    values.add(i.tcv() == null ? "" : i.tcv().visitsSavedPerYear());
                    values.add(i.tcv() == null ? "" : i.tcv().measuredOn());
                    row.accept(values);
                });
            }
        };
    }

    private static List<Object> figures(InitiativeRollUp.Figures f) {
        List<Object> values = new ArrayList<>();
        for (Stage s : Stage.values()) {
            values.add(f.stage(s));
        }
        values.add(f.total());
        values.add(f.running());
        for (InitiativeKind k : InitiativeKind.values()) {
            values.add(f.kind(k));
        }
        values.addAll(List.of(f.replicated(), f.measured(), f.daysSaved(), f.takaSaved(), f.visitsSaved(), f.services(),
                f.servicesRunning()));
        return values;
    }

    String sheetName() {
        return ui.t("initiative.rollup.sheet." + table.name());
    }

    /** "উদ্ভাবনী-উদ্যোগ-দিনাজপুর-levels.csv". */
    String fileName(String extension) {
        return ui.t("initiative.rollup.fileName", office.place(ui.bangla()).replace(' ', '-'))
                + "-" + table.name().toLowerCase(Locale.ROOT) + "." + extension;
    }
}
