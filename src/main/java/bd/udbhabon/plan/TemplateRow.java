package bd.udbhabon.plan;

import bd.udbhabon.bangla.BanglaText;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One indicator row of a template as typed, in the form or in an import file: the code places it
 * in its section and activity; the section's and activity's title (and the section's weight) are
 * needed on the first row of each and may be repeated, identically, on the others.
 */
public record TemplateRow(String code, String sectionTitle, String sectionWeight, String activityTitle,
                          String indicator, String unit, String calculation, String weight,
                          String target100, String target90, String target80, String target70, String target60,
                          String evidence, String measure) {

    /**
     * A column: its name (the English header; the key of its problems), the form's field (the record's
     * component, as Spring binds {@code rows[0].sectionTitle}) and its Bangla header; either header is accepted.
     */
    public record Column(String name, String field, String headerBn) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("code", "code", "কোড"),
            new Column("section_title", "sectionTitle", "কৌশলগত উদ্দেশ্য"),
            new Column("section_weight", "sectionWeight", "কৌশলগত উদ্দেশ্যের মান"),
            new Column("activity_title", "activityTitle", "কার্যক্রম"),
            new Column("indicator", "indicator", "কর্মসম্পাদন সূচক"),
            new Column("unit", "unit", "একক"),
            new Column("calculation", "calculation", "গণনা পদ্ধতি"),
            new Column("weight", "weight", "সূচকের মান"),
            new Column("target_100", "target100", "অসাধারণ"),
            new Column("target_90", "target90", "অতি উত্তম"),
            new Column("target_80", "target80", "উত্তম"),
            new Column("target_70", "target70", "চলতি মান"),
            new Column("target_60", "target60", "চলতি মানের নিম্নে"),
            new Column("evidence", "evidence", "প্রমাণক"),
            new Column("measure", "measure", "সিস্টেমের পরিমাপ"));

    public static final TemplateRow BLANK = fromColumns(name -> "");

    public TemplateRow {
        code = nz(code);
        sectionTitle = nz(sectionTitle);
        sectionWeight = nz(sectionWeight);
        activityTitle = nz(activityTitle);
        indicator = nz(indicator);
        unit = nz(unit);
        calculation = nz(calculation);
        weight = nz(weight);
        target100 = nz(target100);
        target90 = nz(target90);
        target80 = nz(target80);
        target70 = nz(target70);
        target60 = nz(target60);
        evidence = nz(evidence);
        measure = nz(measure);
    }

    /** A row from values named by column name; missing ones are empty. */
    public static TemplateRow fromColumns(Function<String, String> column) {
        return new TemplateRow(column.apply("code"), column.apply("section_title"), column.apply("section_weight"),
                column.apply("activity_title"), column.apply("indicator"), column.apply("unit"),
                column.apply("calculation"), column.apply("weight"), column.apply("target_100"),
                column.apply("target_90"), column.apply("target_80"), column.apply("target_70"),
                column.apply("target_60"), column.apply("evidence"), column.apply("measure"));
    }

    /** The value of a column by its name. */
    public String value(String column) {
        return switch (column) {
            case "code" -> code;
            case "section_title" -> sectionTitle;
            case "section_weight" -> sectionWeight;
            case "activity_title" -> activityTitle;
            case "indicator" -> indicator;
            case "unit" -> unit;
            case "calculation" -> calculation;
            case "weight" -> weight;
            case "target_100" -> target100;
            case "target_90" -> target90;
            case "target_80" -> target80;
            case "target_70" -> target70;
            case "target_60" -> target60;
            case "evidence" -> evidence;
            case "measure" -> measure;
            default -> throw new IllegalArgumentException("no column " + column);
        };
    }

    /** The five target cells, best column first. */
    public List<String> targets() {
        return List.of(target100, target90, target80, target70, target60);
    }

    public static final List<String> TARGET_COLUMNS = List.of("target_100", "target_90", "target_80", "target_70", "target_60");

    public boolean blank() {
        return COLUMNS.stream().allMatch(c -> value(c.name()).isBlank());
    }

    /** The column a header names (by its name or its Bangla header, any case and spacing), or null. */
    public static String column(String header) {
        String key = key(header);
        return COLUMNS.stream().filter(c -> key(c.name()).equals(key) || key(c.headerBn()).equals(key))
                .map(Column::name).findFirst().orElse(null);
    }

    public static String headerBn(String name) {
        return COLUMNS.stream().filter(c -> c.name().equals(name)).map(Column::headerBn).findFirst().orElse(name);
    }

    private static String key(String text) {
        return BanglaText.normalize(text == null ? "" : text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
