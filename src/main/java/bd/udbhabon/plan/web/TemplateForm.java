package bd.udbhabon.plan.web;

import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.TargetColumn;
import bd.udbhabon.plan.TemplateRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The template form as bound: the year and level (fixed once the template exists), the header, and one
 * row per indicator ({@code rows[0].code}, {@code rows[0].sectionTitle} …, as the import file's columns), and
 * whether offices may add rows of their own to plans made on it.
 */
public record TemplateForm(@BindParam("fiscal_year") String fiscalYear, String level, @BindParam("title_bn") String titleBn,
                    @BindParam("title_en") String titleEn, @BindParam("total_weight") String totalWeight,
                    List<TemplateRow> rows, @BindParam("office_rows_allowed") String officeRows) {

    /** Empty rows offered below the others, to add indicators without script. */
    static final int BLANK_ROWS = 5;

    public TemplateForm {
        fiscalYear = nz(fiscalYear);
        level = nz(level);
        titleBn = nz(titleBn);
        titleEn = nz(titleEn);
        totalWeight = nz(totalWeight);
        rows = rows == null ? List.of() : rows.stream().map(r -> r == null ? TemplateRow.BLANK : r).toList();
        officeRows = nz(officeRows);
    }

    /** The checkbox "offices may add rows of their own" ticked. */
    public boolean allowsOfficeRows() {
        return !officeRows.isBlank();
    }

    static TemplateForm empty(String fiscalYear) {
        return new TemplateForm(fiscalYear, "", "", "", "", List.of(), "");
    }

    /** A version as the form shows it: the section's and activity's titles on their first rows only. */
    static TemplateForm of(PlanTemplate template, boolean bangla) {
        List<TemplateRow> rows = new ArrayList<>();
        for (PlanTemplate.Section section : template.sections()) {
            boolean firstOfSection = true;
            for (PlanTemplate.Activity activity : section.activities()) {
                boolean firstOfActivity = true;
                for (PlanTemplate.Indicator i : activity.indicators()) {
                    List<String> targets = java.util.Arrays.stream(TargetColumn.values())
                            .map(c -> PlanText.target(i, c, bangla)).toList();
                    rows.add(new TemplateRow(i.code().shown(bangla), firstOfSection ? section.titleBn() : "",
                            firstOfSection ? PlanText.number(section.weight(), bangla) : "",
                            firstOfActivity ? activity.titleBn() : "", i.titleBn(), i.unit().name(bangla),
                            i.calculation().name(bangla), PlanText.number(i.weight(), bangla), targets.get(0), targets.get(1),
                            targets.get(2), targets.get(3), targets.get(4), i.evidenceBn(),
                            i.measure() == null ? "" : i.measure().name()));
                    firstOfSection = false;
                    firstOfActivity = false;
                }
            }
        }
        return new TemplateForm(template.fiscalYear().shortLabelLatin(), template.level().name(),
                template.content().titleBn(), template.content().titleEn(),
                PlanText.number(template.content().totalWeight(), bangla), rows,
                template.content().officeRowsAllowed() ? "true" : "");
    }

    /** The rows typed (blank ones dropped): what the rules check, in the order their problems come back. */
    List<TemplateRow> typedRows() {
        return rows.stream().filter(r -> !r.blank()).toList();
    }

    /** The typed rows and room for more. */
    List<TemplateRow> rowsWithRoom() {
        List<TemplateRow> shown = new ArrayList<>(typedRows());
        for (int i = 0; i < BLANK_ROWS; i++) {
            shown.add(TemplateRow.BLANK);
        }
        return shown;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
