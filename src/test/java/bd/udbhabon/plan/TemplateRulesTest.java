package bd.udbhabon.plan;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.plan.internal.TemplateFile;
import bd.udbhabon.plan.internal.TemplateRules;
import bd.udbhabon.shell.FormErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The template rules and the import file's reading, on seed 004's template and broken copies of it; plain JUnit. */
class TemplateRulesTest {

    static byte[] mowcaCsv() throws IOException {
        try (InputStream in = TemplateRulesTest.class.getResourceAsStream("/demo/mowca-2023-24.csv")) {
            return in.readAllBytes();
        }
    }

    static List<TemplateRow> mowcaRows() throws IOException {
        return TemplateFile.csv(mowcaCsv()).lines().stream().map(TemplateFile.Line::row).toList();
    }

    private static TemplateRules.Checked check(List<TemplateRow> rows) {
        return TemplateRules.check("কর্মপরিকল্পনা ২০২৩-২৪", "", "50", rows);
    }

    /** The seed's rows with row {@code index} changed. */
    private static List<TemplateRow> with(int index, UnaryOperator<TemplateRow> change) throws IOException {
        List<TemplateRow> rows = new ArrayList<>(mowcaRows());
        rows.set(index, change.apply(rows.get(index)));
        return rows;
    }

    private static TemplateRow set(TemplateRow row, String column, String value) {
        return TemplateRow.fromColumns(name -> name.equals(column) ? value : row.value(name));
    }

    @Test
    void theSeedsMinistryTemplateReadsAsTheSeedHasIt() throws IOException {
        var checked = check(mowcaRows());
        assertThat(checked.ok()).isTrue();
        TemplateContent content = checked.content();
        assertThat(content.sections()).extracting(PlanTemplate.Section::number).containsExactly(1, 2);
        assertThat(content.sections()).extracting(s -> s.weight().intValue()).containsExactly(30, 20);
        assertThat(content.indicators().map(i -> i.code().bangla())).containsExactly("[১.১.১]", "[১.২.১]", "[১.৩.১]",
                "[১.৪.১]", "[১.৫.১]", "[১.৫.২]", "[২.১.১]", "[২.১.২]", "[২.২.১]", "[২.২.২]", "[২.২.৩]");
        var eFile = content.indicators().filter(i -> i.code().equals(new IndicatorCode(1, 4, 1))).findFirst().orElseThrow();
        assertThat(eFile.titleBn()).isEqualTo("ই-ফাইলে নোট নিষ্পত্তিকৃত");
        assertThat(eFile.unit()).isEqualTo(IndicatorUnit.PERCENT);
        assertThat(eFile.calculation()).isEqualTo(Calculation.AVERAGE);
        assertThat(eFile.targets().column(TargetColumn.EXCELLENT)).isEqualByComparingTo("85");
        assertThat(eFile.targets().column(TargetColumn.BELOW_FAIR)).isEqualByComparingTo("65");
        var idea = content.indicators().findFirst().orElseThrow();
        assertThat(Quantity.toDate(idea.targets().column(TargetColumn.EXCELLENT))).isEqualTo(LocalDate.of(2024, 5, 6)); // "০৬ মে ২০২৪"
        var training = content.indicators().filter(i -> i.code().equals(new IndicatorCode(2, 2, 1))).findFirst().orElseThrow();
        assertThat(training.targets().filled()).isEqualTo(2);                                                         // "২টি প্রশিক্ষণ"
        assertThat(content.sections().get(0).activities()).hasSize(5);
        assertThat(content.sections().get(0).activities().get(4).indicators()).hasSize(2);                           // [১.৫.১], [১.৫.২]
    }

    @Test
    void sectionWeightsMustMakeTheTotal() throws IOException {
        var checked = TemplateRules.check("কর্মপরিকল্পনা", "", "60", mowcaRows());
        assertThat(checked.ok()).isFalse();
        assertThat(checked.header().has("total_weight")).isTrue();
        assertThat(checked.badRows()).isZero();
    }

    @Test
    void indicatorWeightsMustMakeTheirSectionsWeight() throws IOException {
        var checked = check(with(3, r -> set(r, "weight", "৬")));   // [১.৪.১] 6 instead of 5: section 1 adds up to 31
        assertThat(checked.ok()).isFalse();
        assertThat(checked.rows().get(0).has("section_weight")).isTrue(); // said on the section's first row
        assertThat(checked.header().has("total_weight")).isFalse();
    }

    @Test
    void targetsMustBeOrderedBestFirstAndDatesEarliestFirst() throws IOException {
        var counts = check(with(4, r -> set(r, "target_80", "৩")));     // 4, 3, 3: not stricter
        assertThat(counts.rows().get(4).has("target_80")).isTrue();
        var days = check(with(0, r -> set(r, "target_90", "০১-০৫-২০২৪"))); // 6 May then 1 May: later first
        assertThat(days.rows().get(0).has("target_90")).isTrue();
        var gap = check(with(8, r -> set(r, "target_70", "১")));        // 2, 1, blank, 1
        assertThat(gap.rows().get(8).has("target_70")).isTrue();
        var percent = check(with(3, r -> set(r, "target_100", "১২০%")));
        assertThat(percent.rows().get(3).has("target_100")).isTrue();
    }

    @Test
    void everyBadRowIsReportedAtOnce() throws IOException {
        List<TemplateRow> rows = new ArrayList<>(mowcaRows());
        rows.set(1, set(rows.get(1), "code", "[১.১.১]"));              // repeated code
        rows.set(2, set(rows.get(2), "unit", "কিলোমিটার"));             // no such unit
        rows.set(5, set(rows.get(5), "calculation", "সমষ্টি"));         // a date summed
        rows.set(7, set(rows.get(7), "evidence", ""));                 // no evidence
        rows.set(9, set(rows.get(9), "target_100", "৩১ জানু"));        // not a day
        rows.set(10, set(rows.get(10), "measure", "UNKNOWN"));
        var checked = check(rows);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.badRows()).isEqualTo(6);
        assertThat(checked.rows().get(1).has("code")).isTrue();
        assertThat(checked.rows().get(2).has("unit")).isTrue();
        assertThat(checked.rows().get(5).has("calculation")).isTrue();
        assertThat(checked.rows().get(7).has("evidence")).isTrue();
        assertThat(checked.rows().get(9).has("target_100")).isTrue();
        assertThat(checked.rows().get(10).has("measure")).isTrue();
        assertThat(checked.rows().get(0).any()).isFalse();
    }

    /** Issue 14, point 6: a measure fills an indicator of its own unit only (a count cannot fill a percent). */
    @Test
    void aSystemMeasureFillsOnlyAnIndicatorOfItsUnit() throws IOException {
        // [১.৫.১] workshops held: a count summed over the quarters, as the meetings held are
        var counted = check(with(4, r -> set(r, "measure", "MEETINGS_HELD_AGAINST_CADENCE")));
        assertThat(counted.ok()).isTrue();
        assertThat(counted.content().indicators().filter(i -> i.measure() != null).toList())
                .singleElement().satisfies(i -> assertThat(i.measure()).isEqualTo(SystemMeasure.MEETINGS_HELD_AGAINST_CADENCE));
        // [১.৪.১] is a percent: the rate fits, a count does not
        assertThat(check(with(3, r -> set(r, "measure", "DECISION_IMPLEMENTATION_RATE"))).ok()).isTrue();
        var wrong = check(with(3, r -> set(r, "measure", "MINUTES_ISSUED")));
        assertThat(wrong.ok()).isFalse();
        var texts = wrong.rows().get(3).resolve((key, args) -> key + java.util.Arrays.toString(args));
        assertThat(texts).containsEntry("measure", "plan.error.measureUnit.COUNT[MINUTES_ISSUED]");
        // a date is never filled by a measure
        assertThat(check(with(0, r -> set(r, "measure", "TEAM_FORMED"))).rows().get(0).has("measure")).isTrue();
        // the demo's field template names three measures (in Bangla), each on an indicator of its unit
        try (InputStream in = TemplateRulesTest.class.getResourceAsStream("/demo/field-2023-24.csv")) {
            var demo = check(TemplateFile.csv(in.readAllBytes()).lines().stream().map(TemplateFile.Line::row).toList());
            assertThat(demo.rows()).noneMatch(r -> r.has("measure"));
            assertThat(demo.rows()).hasSize(9);
        }
    }

    @Test
    void aSectionsTitleIsGivenOnceAndTheSameWhereRepeated() throws IOException {
        var missing = check(with(0, r -> set(r, "section_title", "")));
        assertThat(missing.rows().get(0).has("section_title")).isTrue();
        var differs = check(with(1, r -> set(r, "section_title", "অন্য উদ্দেশ্য")));
        assertThat(differs.rows().get(1).has("section_title")).isTrue();
        var activity = check(with(6, r -> set(r, "activity_title", "")));
        assertThat(activity.rows().get(6).has("activity_title")).isTrue();
    }

    @Test
    void anXlsxWithRealDayAndPercentCellsReadsLikeTheCsv() throws IOException {
        List<TemplateRow> rows = mowcaRows();
        byte[] xlsx;
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("APA");
            var dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            var percents = book.createCellStyle();
            percents.setDataFormat(book.createDataFormat().getFormat("0%"));
            var header = sheet.createRow(0);
            for (int c = 0; c < TemplateRow.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(TemplateRow.COLUMNS.get(c).name()); // English headers this time
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 2);                                        // a blank row between
                for (int c = 0; c < TemplateRow.COLUMNS.size(); c++) {
                    String column = TemplateRow.COLUMNS.get(c).name();
                    String value = rows.get(r).value(column);
                    var cell = row.createCell(c);
                    var day = column.startsWith("target_") ? bd.udbhabon.shell.FormDates.read(value) : null;
                    if (day != null) {
                        cell.setCellValue(day);
                        cell.setCellStyle(dates);
                    } else if (column.startsWith("target_") && value.endsWith("%")) {
                        cell.setCellValue(new BigDecimal(bd.udbhabon.bangla.BanglaDigits.toLatin(value.replace("%", ""))).movePointLeft(2).doubleValue());
                        cell.setCellStyle(percents);
                    } else if (column.equals("weight") || column.equals("section_weight") && !value.isEmpty()) {
                        cell.setCellValue(Double.parseDouble(bd.udbhabon.bangla.BanglaDigits.toLatin(value)));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        var read = TemplateFile.xlsx(xlsx);
        assertThat(read.ok()).isTrue();
        assertThat(read.lines()).extracting(TemplateFile.Line::line).startsWith(3, 4);
        var fromXlsx = check(read.lines().stream().map(TemplateFile.Line::row).toList());
        assertThat(fromXlsx.ok()).isTrue();
        assertThat(fromXlsx.content()).isEqualTo(check(rows).content());
    }

    @Test
    void aFileThatIsNotATemplateIsSaidSo() {
        assertThat(message(TemplateFile.csv("name,email\nক,খ\n".getBytes(StandardCharsets.UTF_8)).problem()))
                .isEqualTo("plan.import.error.unknownColumn");
        assertThat(message(TemplateFile.csv(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}).problem())).isEqualTo("plan.import.error.notUtf8");
        assertThat(message(TemplateFile.csv("কোড,কর্মসম্পাদন সূচক\n".getBytes(StandardCharsets.UTF_8)).problem())).isEqualTo("plan.import.error.empty");
        assertThat(message(TemplateFile.xlsx("not a workbook".getBytes(StandardCharsets.UTF_8)).problem())).isEqualTo("plan.import.error.unreadable");
    }

    private static String message(FormErrors errors) {
        return errors.resolve((key, args) -> key).get("file");
    }
}
