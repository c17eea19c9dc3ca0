package bd.udbhabon.report.internal;

import bd.udbhabon.bangla.Bilingual;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.report.ReportSection;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An office's annual report of a fiscal year: its state, the due day (31 July after the year), and its sections as
 * drafted and edited. Late is not a state: a report issued after its due day is late for ever, one not issued by then
 * is overdue until it is.
 */
public record AnnualReport(long id, long officeId, FiscalYear year, Status status, LocalDate dueOn, LocalDate draftedOn,
                           LocalDate approvedOn, Long paperId, LocalDate issuedOn, List<Section> sections) {

    public enum Status implements Bilingual {
        DRAFT("খসড়া", "Draft"), APPROVED("অনুমোদিত", "Approved"), ISSUED("জারিকৃত", "Issued");

        private final String bn;
        private final String en;

        Status(String bn, String en) {
            this.bn = bn;
            this.en = en;
        }

        @Override
        public String nameBn() {
            return bn;
        }

        @Override
        public String nameEn() {
            return en;
        }
    }

    /** One section: the heading, the text the system drafted, the office's text, and the figures and chart it rests on. */
    public record Section(String key, int position, String headingBn, String headingEn, String draftBn, String textBn,
                          boolean edited, List<ReportSection.Figure> figures, List<ReportSection.Bar> chart) {
    }

    public AnnualReport {
        sections = List.copyOf(sections);
    }

    /** 31 July after the fiscal year (duty ৫: "প্রতি বৎসর ৩১ জুলাই-এর মধ্যে পূর্ববর্তী বৎসরের"). */
    public static LocalDate dueOn(FiscalYear year) {
        return LocalDate.of(year.endYear(), 7, 31);
    }

    /** Issued after its due day. */
    public boolean late() {
        return issuedOn != null && issuedOn.isAfter(dueOn);
    }

    /** Not issued and its due day has passed. */
    public boolean overdue(LocalDate today) {
        return status != Status.ISSUED && today.isAfter(dueOn);
    }

    /** Days from {@code today} to the due day (negative once past). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    public java.util.Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
