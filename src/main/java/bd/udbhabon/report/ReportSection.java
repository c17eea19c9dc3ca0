package bd.udbhabon.report;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import java.util.List;
import java.util.Optional;

/**
 * One section of an office's annual report, drafted by the module that owns its facts (team and orders, meetings,
 * minutes, decisions, the action plan, initiatives, showcasing, trainings, portal completeness). The module declares
 * one bean of this type; the report shows every bean's section in order and names no module itself (as
 * {@code corner.CornerSection} for the corner). The figures are kept beside the officer's edited text.
 */
public interface ReportSection {

    /** Sections appear smallest first: team 100, meetings 200, decisions 300, plan 400, initiatives 500, showcasing 550, trainings 600, portal 700. */
    int order();

    /** This module's part of {@code office}'s report for {@code year}, as of {@code today}; empty to leave it out. */
    Optional<Part> draft(Office office, FiscalYear year, java.time.LocalDate today);

    /**
     * A drafted section: a stable key ("meetings"), its heading, a draft text in Bangla the officer may rewrite, the
     * figures it rests on (shown beside the text and printed as a table) and, optionally, a chart of bars.
     */
    record Part(String key, String headingBn, String headingEn, String draftBn, List<Figure> figures, List<Bar> chart) {
    }

    /** A computed figure: {@code value}, of {@code outOf} when it is a rate (null otherwise). */
    record Figure(String nameBn, String nameEn, long value, Long outOf) implements bd.udbhabon.bangla.Bilingual {
    }

    /** One bar of a section's chart (e.g. a quarter's implementation rate in percent). */
    record Bar(String labelBn, String labelEn, double value) {
    }
}
