package bd.udbhabon.report.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.BarChart;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.Signature;
import bd.udbhabon.document.Table;
import bd.udbhabon.office.Office;
import bd.udbhabon.report.ReportSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An annual report as its official paper, pure: the letter to the Cabinet Division (duty ৫ of the 2025 notification),
 * then each section numbered, its text in paragraphs, the figures it rests on as a table and, where it has one, its
 * chart (drawn in the PDF and the DOCX) followed by that table. Portrait A4: the figures' tables have two or three columns.
 */
public final class ReportPaper {

    /** Where the report goes (duty ৫: "উক্ত প্রতিবেদন মন্ত্রিপরিষদ বিভাগে প্রেরণ"). */
    static final String CABINET = "সচিব, মন্ত্রিপরিষদ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা";

    private ReportPaper() {
    }

    /** The issue form's words: the date, the signatory and the copy list. */
    public record Issue(LocalDate issuedOn, String signatoryNameBn, String signatoryDesignationBn, String phone, String email,
                        List<String> copies) {
    }

    static Document document(Office office, AnnualReport report, MemoNumber memo, Issue issue) {
        FiscalYear year = report.year();
        Document.Builder paper = Document.builder()
                .letterhead(office.website(), office.nameBn())
                .memo(memo, issue.issuedOn())
                .title("বার্ষিক প্রতিবেদন " + year.shortLabel())
                .subject(year.shortLabel() + " অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কার্যক্রমের বার্ষিক প্রতিবেদন প্রেরণ।")
                .paragraph("ইনোভেশন টিমের দায়িত্ব (৫) অনুযায়ী " + office.nameBn() + "-এর " + year.shortLabel()
                        + " অর্থবছরের পূর্ণাঙ্গ বাৎসরিক প্রতিবেদন নিম্নে সদয় অবগতির জন্য প্রেরণ করা হলো।");
        int n = 0;
        for (AnnualReport.Section section : report.sections()) {
            n++;
            paper.heading(BanglaDigits.toBangla(n) + ". " + section.headingBn());
            for (String line : section.textBn().split("\n")) {
                paper.paragraph(line);
            }
            if (!section.chart().isEmpty()) {
                paper.block(chart(section));
            }
            if (!section.figures().isEmpty()) {
                paper.table(figures(section.figures()));
            }
        }
        paper.signature(new Signature(issue.signatoryNameBn(), issue.signatoryDesignationBn(), issue.phone(), issue.email(),
                issue.issuedOn()));
        paper.distribution(false, List.of(CABINET));
        if (!issue.copies().isEmpty()) {
            paper.copies(issue.issuedOn(), issue.copies());
        }
        return paper.build();
    }

    /** A section's bars as the paper's chart, in Bangla. */
    static BarChart chart(AnnualReport.Section section) {
        return chart(section, true);
    }

    /**
     * A section's bars as a chart in the reader's language (the paper's is Bangla): a section whose bars are labelled
     * as percentages ("(%)", "হার") is drawn on a 0-100 axis with "%" after each value, any other to its largest bar.
     */
    public static BarChart chart(AnnualReport.Section section, boolean bangla) {
        List<BarChart.Bar> bars = new ArrayList<>();
        boolean percent = section.chart().stream().allMatch(b -> b.value() <= 100
                && (b.labelEn().contains("%") || b.labelEn().contains("rate")));
        for (ReportSection.Bar bar : section.chart()) {
            String value = number(bar.value()) + (percent ? "%" : "");
            bars.add(new BarChart.Bar(bangla ? bar.labelBn() : bar.labelEn(), bangla ? value : BanglaDigits.toLatin(value),
                    Math.max(0, bar.value())));
        }
        String title = bangla ? section.headingBn() : section.headingEn();
        return percent ? new BarChart(title, bars, 100) : BarChart.of(title, bars);
    }

    /** The figures as a ruled table: what, how many, and of how many where it is a rate (with the percentage). */
    static Table figures(List<ReportSection.Figure> figures) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("বিষয়", "সংখ্যা / হার"));
        for (ReportSection.Figure f : figures) {
            rows.add(List.of(f.nameBn(), value(f)));
        }
        return Table.of(new float[] {3, 1.4f}, rows);
    }

    /** "১২", or "৩ / ৪ (৭৫%)" for a rate. */
    public static String value(ReportSection.Figure f) {
        String value = BanglaDigits.toBangla(f.value());
        if (f.outOf() == null) {
            return value;
        }
        String of = value + " / " + BanglaDigits.toBangla(f.outOf());
        return f.outOf() == 0 ? of : of + " (" + number(100.0 * f.value() / f.outOf()) + "%)";
    }

    /** One decimal at most, in Bangla digits: "৭৫", "৬৬.৭". */
    static String number(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return BanglaDigits.toBangla(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
    }
}
