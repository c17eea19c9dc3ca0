package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.Calculation;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.TargetColumn;
import bd.udbhabon.plan.Targets;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules an office's plan keeps, pure, every problem found in one pass: the template's indicators
 * each once, their five targets read and ordered as a template's ({@link TargetCells}), a day inside
 * the fiscal year; quarter targets, where the unit needs them (a count or a percent summed or
 * cumulated), consistent with the year's target by the indicator's calculation; the responsible post
 * one of the office's; the office's own rows, where the template version allows them, complete and
 * placed in one of its sections. Where own rows are allowed the office shares each section's weight
 * among its indicators, so the weights must add up to the section's and the sections' to the total;
 * otherwise the template's weights stand.
 */
public final class PlanRules {

    static final int MAX_OWN_ROWS = 50;
    static final List<String> TARGET_FIELDS = List.of("target100", "target90", "target80", "target70", "target60");

    /**
     * One row of the targets form as typed ({@code rows[0].target100} …): a template indicator (its code
     * fixed, {@code own} empty) or the office's own row ({@code own} set; its code, activity, text, unit,
     * calculation and evidence typed).
     */
    public record Row(String code, String own, String activityTitle, String title, String unit, String calculation,
                      String weight, String target100, String target90, String target80, String target70, String target60,
                      String q1, String q2, String q3, String q4, String post, String evidence) {

        public Row {
            code = nz(code);
            own = nz(own);
            activityTitle = nz(activityTitle);
            title = nz(title);
            unit = nz(unit);
            calculation = nz(calculation);
            weight = nz(weight);
            target100 = nz(target100);
            target90 = nz(target90);
            target80 = nz(target80);
            target70 = nz(target70);
            target60 = nz(target60);
            q1 = nz(q1);
            q2 = nz(q2);
            q3 = nz(q3);
            q4 = nz(q4);
            post = nz(post);
            evidence = nz(evidence);
        }

        public boolean ownRow() {
            return !own.isBlank();
        }

        public List<String> targets() {
            return List.of(target100, target90, target80, target70, target60);
        }

        public List<String> quarters() {
            return List.of(q1, q2, q3, q4);
        }

        /** An own row with nothing typed: one of the form's spare rows, dropped. */
        public boolean blankOwnRow() {
            return ownRow() && List.of(code, activityTitle, title, unit, calculation, weight, target100, target90, target80,
                    target70, target60, q1, q2, q3, q4, post, evidence).stream().allMatch(String::isBlank);
        }
    }

    /**
     * A row as it is to be written: {@code own} rows carry their text, unit, calculation and evidence;
     * a template row's weight is null where the template's stands.
     */
    public record Line(IndicatorCode code, boolean own, String activityTitle, String title, IndicatorUnit unit,
                       Calculation calculation, BigDecimal weight, String evidence, Targets targets,
                       List<BigDecimal> quarterTargets, Long postId) {
    }

    /**
     * What the rules found: the lines to write when nothing is wrong (null otherwise), the form's own
     * problems ({@code rows}: the rows as a whole; {@code sections[1]}: a section's weights; {@code
     * total_weight}) and each row's, in the order typed.
     */
    public record Checked(List<Line> lines, FormErrors header, List<FormErrors> rows) {

        public boolean ok() {
            return lines != null;
        }
    }

    private PlanRules() {
    }

    public static Checked check(PlanTemplate template, FiscalYear year, Set<Long> officePosts, List<Row> typed) {
        boolean ownAllowed = template.content().officeRowsAllowed();
        Map<IndicatorCode, PlanTemplate.Indicator> indicators = new HashMap<>();
        template.indicators().forEach(i -> indicators.put(i.code(), i));
        Map<Integer, PlanTemplate.Section> sections = new TreeMap<>();
        Set<String> activities = new HashSet<>();
        for (PlanTemplate.Section s : template.sections()) {
            sections.put(s.number(), s);
            s.activities().forEach(a -> activities.add(s.number() + "." + a.number()));
        }
        FormErrors header = new FormErrors();
        List<FormErrors> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Set<IndicatorCode> seen = new HashSet<>();
        Map<String, String> newActivities = new HashMap<>();
        long own = typed.stream().filter(Row::ownRow).count();
        if (own > 0 && !ownAllowed) {
            header.add("rows", "plan.error.ownRowsNotAllowed");
        } else if (own > MAX_OWN_ROWS) {
            header.add("rows", "plan.error.tooManyOwnRows", MAX_OWN_ROWS);
        }
        for (Row row : typed) {
            FormErrors errors = new FormErrors();
            problems.add(errors);
            for (String field : List.of("code", "activityTitle", "title", "unit", "calculation", "evidence")) {
                Inputs.text(errors, field, value(row, field), TemplateRules.MAX_TEXT);
            }
            IndicatorCode code = IndicatorCode.parse(row.code());
            Line line = row.ownRow() ? ownRow(row, code, indicators, sections, activities, newActivities, seen, errors)
                    : templateRow(row, code, indicators, ownAllowed, seen, errors);
            if (line == null) {
                continue;
            }
            Targets targets = TargetCells.read(row.targets(), line.unit(), TARGET_FIELDS, errors);
            if (targets != null && line.unit() == IndicatorUnit.DATE) {
                insideYear(targets, year, errors);
            }
            List<BigDecimal> quarters = QuarterTargets.read(row.quarters(), line.unit(), line.calculation(), targets, errors);
            Long post = post(row.post(), officePosts, errors);
            if (!errors.any()) {
                lines.add(new Line(line.code(), line.own(), line.activityTitle(), line.title(), line.unit(), line.calculation(),
                        line.weight(), line.evidence(), targets, quarters, post));
            }
        }
        for (IndicatorCode code : indicators.keySet()) {
            if (!seen.contains(code)) {
                header.add("rows", "plan.error.indicatorMissing", code.latin());
            }
        }
        if (header.any() || problems.stream().anyMatch(FormErrors::any)) {
            return new Checked(null, header, problems);
        }
        weights(template, sections, lines, header);
        return new Checked(header.any() ? null : List.copyOf(lines), header, problems);
    }

    private static Line templateRow(Row row, IndicatorCode code, Map<IndicatorCode, PlanTemplate.Indicator> indicators,
                                    boolean weightsShared, Set<IndicatorCode> seen, FormErrors errors) {
        PlanTemplate.Indicator indicator = code == null ? null : indicators.get(code);
        if (indicator == null) {
            errors.add("code", "plan.error.notInTemplate", row.code());
            return null;
        }
        if (!seen.add(code)) {
            errors.add("code", "plan.error.codeRepeated", code.latin());
            return null;
        }
        // the template's weight stands unless the office shares its sections' weights with rows of its own
        BigDecimal weight = weightsShared ? TemplateRules.weight(row.weight(), "weight", errors) : null;
        return new Line(code, false, null, null, indicator.unit(), indicator.calculation(),
                weightsShared && weight != null && weight.compareTo(indicator.weight()) != 0 ? weight : null, null,
                null, null, null);
    }

    private static Line ownRow(Row row, IndicatorCode code, Map<IndicatorCode, PlanTemplate.Indicator> indicators,
                               Map<Integer, PlanTemplate.Section> sections, Set<String> activities,
                               Map<String, String> newActivities, Set<IndicatorCode> seen, FormErrors errors) {
        String activityTitle = null;
        if (code == null) {
            errors.add("code", row.code().isBlank() ? "plan.error.codeNeeded" : "plan.error.code", row.code());
        } else if (!sections.containsKey(code.section())) {
            errors.add("code", "plan.error.ownSection", code.section());
        } else if (indicators.containsKey(code) || !seen.add(code)) {
            errors.add("code", "plan.error.codeRepeated", code.latin());
        } else if (!activities.contains(code.section() + "." + code.activity())) {
            // a new activity of the office's: its title on its first row, the same wherever repeated
            String key = code.section() + "." + code.activity();
            String typed = TemplateRules.text(row.activityTitle());
            String known = newActivities.get(key);
            if (known == null && typed.isEmpty()) {
                errors.add("activityTitle", "plan.error.activityNeeded", key);
            } else if (known == null) {
                newActivities.put(key, typed);
            } else if (!typed.isEmpty() && !typed.equals(known)) {
                errors.add("activityTitle", "plan.error.activityDiffers", key);
            }
            activityTitle = newActivities.get(key);
        }
        String title = TemplateRules.text(row.title());
        if (title.isEmpty()) {
            errors.add("title", "plan.error.indicatorNeeded");
        }
        IndicatorUnit unit = TemplateRules.unit(row.unit());
        if (unit == null) {
            errors.add("unit", row.unit().isBlank() ? "plan.error.unitNeeded" : "plan.error.unit", row.unit());
        }
        Calculation calculation = TemplateRules.calculation(row.calculation());
        if (calculation == null) {
            errors.add("calculation", row.calculation().isBlank() ? "plan.error.calculationNeeded" : "plan.error.calculation",
                    row.calculation());
        } else if (unit != null && (unit == IndicatorUnit.DATE) != (calculation == Calculation.DATE)) {
            errors.add("calculation", "plan.error.calculationForUnit");
        }
        BigDecimal weight = TemplateRules.weight(row.weight(), "weight", errors);
        String evidence = TemplateRules.text(row.evidence());
        if (evidence.isEmpty()) {
            errors.add("evidence", "plan.error.evidenceNeeded");
        }
        if (code == null || unit == null || calculation == null || errors.any()) {
            return null;
        }
        return new Line(code, true, activityTitle, title, unit, calculation, weight, evidence, null, null, null);
    }

    /** A day target inside the fiscal year (1 July to 30 June). */
    private static void insideYear(Targets targets, FiscalYear year, FormErrors errors) {
        for (TargetColumn column : TargetColumn.values()) {
            BigDecimal value = targets.column(column);
            if (value != null && !year.contains(Quantity.toDate(value))) {
                errors.add(TARGET_FIELDS.get(column.ordinal()), "plan.error.targetOutsideYear", day(year.start()), day(year.end()));
            }
        }
    }

    /** Whether the form asks this indicator's targets per quarter. */
    public static boolean needsQuarters(IndicatorUnit unit, Calculation calculation) {
        return (unit == IndicatorUnit.COUNT || unit == IndicatorUnit.PERCENT)
                && (calculation == Calculation.SUM || calculation == Calculation.CUMULATIVE);
    }

    private static Long post(String typed, Set<Long> officePosts, FormErrors errors) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(typed.strip());
            if (officePosts.contains(id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not a post: said below
        }
        errors.add("post", "plan.error.post");
        return null;
    }

    /** Each section's indicators' weights add up to its weight, the sections' to the total. */
    private static void weights(PlanTemplate template, Map<Integer, PlanTemplate.Section> sections, List<Line> lines,
                                FormErrors header) {
        Map<IndicatorCode, BigDecimal> templateWeights = new HashMap<>();
        template.indicators().forEach(i -> templateWeights.put(i.code(), i.weight()));
        Map<Integer, BigDecimal> sums = new TreeMap<>();
        for (Line line : lines) {
            BigDecimal weight = line.weight() != null ? line.weight() : templateWeights.get(line.code());
            sums.merge(line.code().section(), weight, BigDecimal::add);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (PlanTemplate.Section section : sections.values()) {
            total = total.add(section.weight());
            BigDecimal sum = sums.getOrDefault(section.number(), BigDecimal.ZERO);
            if (sum.compareTo(section.weight()) != 0) {
                header.add("sections[" + section.number() + "]", "plan.error.indicatorsSum", section.number(),
                        TemplateRules.plain(sum), TemplateRules.plain(section.weight()));
            }
        }
        if (total.compareTo(template.content().totalWeight()) != 0) {
            header.add("total_weight", "plan.error.sectionsSum", TemplateRules.plain(total),
                    TemplateRules.plain(template.content().totalWeight()));
        }
    }

    private static String value(Row row, String field) {
        return switch (field) {
            case "code" -> row.code();
            case "activityTitle" -> row.activityTitle();
            case "title" -> row.title();
            case "unit" -> row.unit();
            case "calculation" -> row.calculation();
            default -> row.evidence();
        };
    }

    private static String day(LocalDate day) {
        return "%02d-%02d-%04d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
