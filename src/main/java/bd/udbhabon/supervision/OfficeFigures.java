package bd.udbhabon.supervision;

import bd.udbhabon.bangla.FiscalYear;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One module's figures of offices per fiscal quarter, for the supervision dashboards' read side: teams formed and
 * compliant, meetings due and held, minutes issued, decisions implemented, plan scores, annual reports, portal
 * completeness… The module that owns the facts declares one bean of this type and computes them from its own
 * tables; {@code supervision} stores them per office and quarter and adds them up the office hierarchy, naming no
 * module itself (as {@code corner.CornerSection} for the corner).
 */
public interface OfficeFigures {

    /** What this source measures, in the dashboard's order; each figure names one of these keys. */
    List<Measure> measures();

    /**
     * The audit record types ({@code AuditEvent.recordType()}) whose change may change this source's figures of the
     * entry's office: "meeting", "minutes", "decision"… A change to one of them recomputes that office's figures.
     */
    Set<String> recordTypes();

    /**
     * The figures of the fiscal year's quarters for {@code officeIds} (every office when null), in one pass over the
     * facts: a national rebuild calls it once per year, a change once for its office. As of {@code asOf} for the
     * quarters not yet over (a meeting is overdue only once its due date has passed).
     */
    List<Figure> figures(FiscalYear year, Collection<Long> officeIds, java.time.LocalDate asOf);

    /**
     * One office's figures of several fiscal years, by year: a change recomputes the office's every year held (ten),
     * on each audited write. By default {@link #figures} year by year; a source that reads its facts in one query
     * for all the years answers them at once (the same figures).
     */
    default Map<FiscalYear, List<Figure>> officeFigures(long officeId, List<FiscalYear> years, java.time.LocalDate asOf) {
        Map<FiscalYear, List<Figure>> byYear = new LinkedHashMap<>();
        for (FiscalYear year : years) {
            byYear.put(year, figures(year, List.of(officeId), asOf));
        }
        return byYear;
    }

    /** A measure: its key ("meetings.held"), its names, and whether the dashboard shows it as a rate of {@code outOf}. */
    record Measure(String key, String nameBn, String nameEn, boolean rate) implements bd.udbhabon.bangla.Bilingual {
    }

    /**
     * One figure of one office: {@code value} of {@code outOf} (e.g. 3 meetings held of 4 due; outOf 0 where no
     * total applies). Quarter 1–4 of the fiscal year, or 0 for a figure of the year as a whole (the annual report).
     */
    record Figure(long officeId, int quarter, String measure, long value, long outOf) {
    }
}
