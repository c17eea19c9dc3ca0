package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.BanglaNumbers;
import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.plan.Calculation;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.SystemMeasure;
import bd.udbhabon.plan.Targets;
import bd.udbhabon.plan.TemplateContent;
import bd.udbhabon.plan.TemplateRow;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.Inputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules a template must keep, the same for the form and an import file, pure: every row read
 * (code, unit, calculation, weight, the five targets in order), codes unique, each section's and
 * activity's title given once (and the same wherever repeated), the indicators' weights adding up
 * to their section's, the sections' to the total. Every problem is found, row by row, in one pass.
 */
public final class TemplateRules {

    static final int MAX_ROWS = 500;
    static final int MAX_TEXT = 1000;
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);

    /** The rows' problems (one {@link FormErrors} per row, in order) and the header's; the content when there are none. */
    public record Checked(TemplateContent content, FormErrors header, List<FormErrors> rows) {

        public boolean ok() {
            return content != null;
        }

        public long badRows() {
            return rows.stream().filter(FormErrors::any).count();
        }
    }

    private record Row(IndicatorCode code, BigDecimal sectionWeight, PlanTemplate.Indicator indicator) {
    }

    private TemplateRules() {
    }

    public static Checked check(String titleBn, String titleEn, String totalWeight, List<TemplateRow> typed) {
        FormErrors header = new FormErrors();
        Inputs.text(header, "title_bn", titleBn, 300);
        if (titleBn == null || titleBn.isBlank()) {
            header.add("title_bn", "plan.error.titleNeeded");
        }
        Inputs.text(header, "title_en", titleEn, 300);
        BigDecimal total = weight(totalWeight, "total_weight", header);
        List<FormErrors> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<IndicatorCode, Integer> codes = new HashMap<>();
        Map<Integer, String[]> sections = new TreeMap<>();      // number -> title, weight as first given
        Map<String, String> activities = new HashMap<>();       // "s.a" -> title
        Map<Integer, Integer> sectionFirstRow = new HashMap<>();
        if (typed.isEmpty()) {
            header.add("rows", "plan.error.noRows");
        } else if (typed.size() > MAX_ROWS) {
            header.add("rows", "plan.error.tooManyRows", MAX_ROWS);
        }
        for (int index = 0; index < typed.size(); index++) {
            TemplateRow row = typed.get(index);
            FormErrors errors = new FormErrors();
            problems.add(errors);
            for (TemplateRow.Column column : TemplateRow.COLUMNS) {
                Inputs.text(errors, column.name(), row.value(column.name()), MAX_TEXT);
            }
            IndicatorCode code = IndicatorCode.parse(row.code());
            if (code == null) {
                errors.add("code", row.code().isBlank() ? "plan.error.codeNeeded" : "plan.error.code", row.code());
            } else if (codes.putIfAbsent(code, index) != null) {
                errors.add("code", "plan.error.codeRepeated", code.latin());
            }
            BigDecimal sectionWeight = null;
            if (code != null) {
                sectionWeight = sectionOf(code.section(), row, index, sections, sectionFirstRow, errors);
                String activityKey = code.section() + "." + code.activity();
                String activityTitle = text(row.activityTitle());
                String known = activities.get(activityKey);
                if (known == null) {
                    if (activityTitle.isEmpty()) {
                        errors.add("activity_title", "plan.error.activityNeeded", activityKey);
                    } else {
                        activities.put(activityKey, activityTitle);
                    }
                } else if (!activityTitle.isEmpty() && !activityTitle.equals(known)) {
                    errors.add("activity_title", "plan.error.activityDiffers", activityKey);
                }
            }
            if (text(row.indicator()).isEmpty()) {
                errors.add("indicator", "plan.error.indicatorNeeded");
            }
            IndicatorUnit unit = unit(row.unit());
            if (unit == null) {
                errors.add("unit", row.unit().isBlank() ? "plan.error.unitNeeded" : "plan.error.unit", row.unit());
            }
            Calculation calculation = calculation(row.calculation());
            if (calculation == null) {
                errors.add("calculation", row.calculation().isBlank() ? "plan.error.calculationNeeded" : "plan.error.calculation",
                        row.calculation());
            } else if (unit != null && (unit == IndicatorUnit.DATE) != (calculation == Calculation.DATE)) {
                errors.add("calculation", "plan.error.calculationForUnit");
            }
            BigDecimal weight = weight(row.weight(), "weight", errors);
            Targets targets = unit == null ? null : targets(row, unit, errors);
            if (text(row.evidence()).isEmpty()) {
                errors.add("evidence", "plan.error.evidenceNeeded");
            }
            SystemMeasure measure = null;
            if (!row.measure().isBlank()) {
                measure = measure(row.measure());
                if (measure == null) {
                    errors.add("measure", "plan.error.measure", row.measure());
                } else if (unit != null && measure.unit() != unit) {
                    errors.add("measure", "plan.error.measureUnit." + measure.unit().name(), row.measure().strip());
                }
            }
            if (!errors.any()) {
                rows.add(new Row(code, sectionWeight, new PlanTemplate.Indicator(code, text(row.indicator()), unit,
                        calculation, weight, targets, text(row.evidence()), measure)));
            }
        }
        boolean allRead = problems.stream().noneMatch(FormErrors::any) && !header.any();
        if (!allRead) {
            return new Checked(null, header, problems);
        }
        // the sums, once every row is read
        Map<Integer, BigDecimal> sums = new TreeMap<>();
        rows.forEach(r -> sums.merge(r.code().section(), r.indicator().weight(), BigDecimal::add));
        BigDecimal sectionsTotal = BigDecimal.ZERO;
        for (var section : sections.entrySet()) {
            BigDecimal sectionWeight = new BigDecimal(section.getValue()[1]);
            sectionsTotal = sectionsTotal.add(sectionWeight);
            BigDecimal sum = sums.get(section.getKey());
            if (sum.compareTo(sectionWeight) != 0) {
                problems.get(sectionFirstRow.get(section.getKey())).add("section_weight", "plan.error.indicatorsSum",
                        section.getKey(), plain(sum), plain(sectionWeight));
            }
        }
        if (sectionsTotal.compareTo(total) != 0) {
            header.add("total_weight", "plan.error.sectionsSum", plain(sectionsTotal), plain(total));
        }
        if (header.any() || problems.stream().anyMatch(FormErrors::any)) {
            return new Checked(null, header, problems);
        }
        return new Checked(content(text(titleBn), text(titleEn), total, rows, sections, activities), header, problems);
    }

    private static BigDecimal sectionOf(int number, TemplateRow row, int index, Map<Integer, String[]> sections,
                                        Map<Integer, Integer> firstRow, FormErrors errors) {
        String title = text(row.sectionTitle());
        String[] known = sections.get(number);
        if (known == null) {
            if (title.isEmpty()) {
                errors.add("section_title", "plan.error.sectionNeeded", number);
            }
            BigDecimal weight = row.sectionWeight().isBlank() ? null : weight(row.sectionWeight(), "section_weight", errors);
            if (row.sectionWeight().isBlank()) {
                errors.add("section_weight", "plan.error.sectionWeightNeeded", number);
            }
            if (!title.isEmpty() && weight != null) {
                sections.put(number, new String[] {title, weight.toPlainString()});
                firstRow.put(number, index);
            }
            return weight;
        }
        if (!title.isEmpty() && !title.equals(known[0])) {
            errors.add("section_title", "plan.error.sectionDiffers", number);
        }
        if (!row.sectionWeight().isBlank()) {
            BigDecimal weight = weight(row.sectionWeight(), "section_weight", errors);
            if (weight != null && weight.compareTo(new BigDecimal(known[1])) != 0) {
                errors.add("section_weight", "plan.error.sectionDiffers", number);
            }
        }
        return new BigDecimal(known[1]);
    }

    private static TemplateContent content(String titleBn, String titleEn, BigDecimal total, List<Row> rows,
                                           Map<Integer, String[]> sections, Map<String, String> activityTitles) {
        List<PlanTemplate.Section> result = new ArrayList<>();
        for (var section : sections.entrySet()) {
            Map<Integer, List<PlanTemplate.Indicator>> byActivity = new TreeMap<>();
            rows.stream().filter(r -> r.code().section() == section.getKey()).map(Row::indicator)
                    .sorted((a, b) -> a.code().compareTo(b.code()))
                    .forEach(i -> byActivity.computeIfAbsent(i.code().activity(), k -> new ArrayList<>()).add(i));
            List<PlanTemplate.Activity> activities = new ArrayList<>();
            byActivity.forEach((number, indicators) -> activities.add(new PlanTemplate.Activity(number,
                    activityTitles.get(section.getKey() + "." + number), List.copyOf(indicators))));
            result.add(new PlanTemplate.Section(section.getKey(), section.getValue()[0],
                    new BigDecimal(section.getValue()[1]), List.copyOf(activities)));
        }
        return new TemplateContent(titleBn, titleEn, total, result);
    }

    /** The five targets read and in order (each column stricter than the next), or null after saying why. */
    private static Targets targets(TemplateRow row, IndicatorUnit unit, FormErrors errors) {
        List<String> cells = row.targets();
        List<String> names = TemplateRow.TARGET_COLUMNS;
        BigDecimal[] values = new BigDecimal[5];
        if (unit == IndicatorUnit.YES_NO) {
            for (int i = 0; i < 5; i++) {
                if (!cells.get(i).isBlank()) {
                    errors.add(names.get(i), "plan.error.yesNoTargets");
                    return null;
                }
            }
            return Targets.NONE;
        }
        boolean ok = true;
        boolean blankSeen = false;
        for (int i = 0; i < 5; i++) {
            String cell = cells.get(i).strip();
            if (cell.isEmpty() || cell.equals("-") || cell.equals("–")) {
                if (i == 0) {
                    errors.add(names.get(i), "plan.error.targetNeeded");
                    ok = false;
                }
                blankSeen = true;
                continue;
            }
            if (blankSeen) {
                errors.add(names.get(i), "plan.error.targetAfterBlank");
                ok = false;
                continue;
            }
            values[i] = unit == IndicatorUnit.DATE ? day(cell, names.get(i), errors) : number(cell, unit, names.get(i), errors);
            ok &= values[i] != null;
        }
        if (!ok) {
            return null;
        }
        for (int i = 1; i < 5 && values[i] != null; i++) {
            int c = values[i].compareTo(values[i - 1]);
            boolean ordered = unit.lowerIsBetter() ? c > 0 : c < 0;
            if (!ordered) {
                errors.add(names.get(i), unit == IndicatorUnit.DATE ? "plan.error.targetOrderDate" : "plan.error.targetOrder");
                return null;
            }
        }
        return new Targets(Arrays.asList(values));
    }

    private static BigDecimal day(String cell, String field, FormErrors errors) {
        LocalDate day = FormDates.read(cell);
        if (day == null) {
            errors.add(field, "plan.error.targetDate", cell);
            return null;
        }
        return Quantity.ofDate(day);
    }

    private static BigDecimal number(String cell, IndicatorUnit unit, String field, FormErrors errors) {
        String text = cell.replace("%", "").replace("টি", "").strip();
        try {
            BigDecimal value = BanglaNumbers.parseDecimal(text);
            if (value.signum() < 0 || value.scale() > 2 || unit == IndicatorUnit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0
                    || value.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
                errors.add(field, unit == IndicatorUnit.PERCENT ? "plan.error.targetPercent" : "plan.error.targetNumber", cell);
                return null;
            }
            return Quantity.canonical(value);
        } catch (NumberFormatException e) {
            errors.add(field, unit == IndicatorUnit.PERCENT ? "plan.error.targetPercent" : "plan.error.targetNumber", cell);
            return null;
        }
    }

    /** A weight: positive, at most two decimals; null after saying why. */
    private static BigDecimal weight(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "plan.error.weightNeeded");
            return null;
        }
        try {
            BigDecimal value = BanglaNumbers.parseDecimal(text);
            if (value.signum() <= 0 || value.scale() > 2 || value.compareTo(MAX_WEIGHT) > 0) {
                errors.add(field, "plan.error.weight", text);
                return null;
            }
            return Quantity.canonical(value);
        } catch (NumberFormatException e) {
            errors.add(field, "plan.error.weight", text);
            return null;
        }
    }

    private static final Map<String, IndicatorUnit> UNITS = names(IndicatorUnit.values(), Map.of(
            "শতকরা", IndicatorUnit.PERCENT, "percent", IndicatorUnit.PERCENT, "সংখ্যা (টি)", IndicatorUnit.COUNT,
            "হ্যাঁ / না", IndicatorUnit.YES_NO, "yes/no", IndicatorUnit.YES_NO));
    private static final Map<String, Calculation> CALCULATIONS = names(Calculation.values(), Map.of(
            "ক্রমপুঞ্জীভূত", Calculation.CUMULATIVE));
    private static final Map<String, SystemMeasure> MEASURES = names(SystemMeasure.values(), Map.of());

    static IndicatorUnit unit(String text) {
        return UNITS.get(key(text));
    }

    static Calculation calculation(String text) {
        return CALCULATIONS.get(key(text));
    }

    static SystemMeasure measure(String text) {
        return MEASURES.get(key(text));
    }

    /** An enum's constants by name, Bangla name and English name, and a few other spellings. */
    private static <E extends Enum<E> & bd.udbhabon.bangla.Bilingual> Map<String, E> names(E[] values, Map<String, E> others) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(key(value.name()), value);
            names.put(key(value.nameBn()), value);
            names.put(key(value.nameEn()), value);
        }
        others.forEach((name, value) -> names.put(key(name), value));
        return Map.copyOf(names);
    }

    private static String key(String text) {
        return BanglaText.normalize(text == null ? "" : text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String text(String typed) {
        return typed == null ? "" : BanglaText.normalize(typed).strip().replaceAll("\\s+", " ");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
