package bd.udbhabon.supervision.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the read side: an office's dashboard is its scope's sums and those of each office directly below it (both
 * hierarchies), for a fiscal year's quarters and the year as a whole: for the Cabinet Division 69 offices' rows, a
 * few thousand, read by the sums' primary key. No names: the page asks the registry for those.
 */
@Component
public class Dashboards {

    private final JdbcClient jdbc;
    private final List<OfficeFigures> sources;

    public Dashboards(JdbcClient jdbc, List<OfficeFigures> sources) {
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
    }

    /** The order of the duties: the team, its meetings and minutes, decisions, the plan, initiatives; others after them. */
    private static final List<String> FIRST = List.of("team", "meeting", "minutes", "decision", "plan", "initiative");

    /** Every source's measures, the known ones in the order of the duties, each source's in its own order. */
    public List<OfficeFigures.Measure> measures() {
        return sources.stream().flatMap(s -> s.measures().stream())
                .sorted(java.util.Comparator.comparingInt(m -> {
                    int at = FIRST.indexOf(m.key().substring(0, Math.max(0, m.key().indexOf('.'))));
                    return at < 0 ? FIRST.size() : at;
                }))
                .toList();
    }

    /** A value of a total: "3 of 4". */
    public record Value(long value, long outOf) {

        static final Value NONE = new Value(0, 0);

        /** The percent, or empty without a total. */
        public Optional<Double> percent() {
            return outOf == 0 ? Optional.empty() : Optional.of(100.0 * value / outOf);
        }
    }

    /** One office's scope: per quarter (0 for the year) and measure. */
    public record Scope(long officeId, Map<Integer, Map<String, Value>> quarters) {

        public Value of(int quarter, String measure) {
            return quarters.getOrDefault(quarter, Map.of()).getOrDefault(measure, Value.NONE);
        }

        /** The quarter's figure, or the year's for a measure of the year as a whole. */
        public Value at(int quarter, String measure) {
            Value v = of(quarter, measure);
            return v.equals(Value.NONE) ? of(0, measure) : v;
        }
    }

    /** The office's scope and those of the offices directly below it, in no particular order. */
    public record View(FiscalYear year, Scope own, List<Scope> below, LocalDate rebuiltAsOf) {
    }

    public View view(long officeId, FiscalYear year) {
        Map<Long, Map<Integer, Map<String, Value>>> byOffice = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.office_id, s.quarter, s.measure, s.value, s.out_of
                          from office_scope o join supervision_scope_figure s on s.ancestor_id = o.office_id and s.fiscal_year = ?
                         where o.ancestor_id = ? and o.depth <= 1""")
                .param(year.startYear()).param(officeId)
                .query(rs -> {
                    byOffice.computeIfAbsent(rs.getLong(1), o -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), q -> new HashMap<>())
                            .put(rs.getString(3), new Value(rs.getLong(4), rs.getLong(5)));
                });
        List<Scope> below = new ArrayList<>();
        jdbc.sql("select office_id from office_scope where ancestor_id = ? and depth = 1").param(officeId)
                .query(Long.class).list()
                .forEach(id -> below.add(new Scope(id, byOffice.getOrDefault(id, Map.of()))));
        LocalDate asOf = jdbc.sql("select as_of from supervision_rebuild where fiscal_year = ?").param(year.startYear())
                .query(LocalDate.class).optional().orElse(null);
        return new View(year, new Scope(officeId, byOffice.getOrDefault(officeId, Map.of())), below, asOf);
    }

    /** One office's own figure (not its scope's): the open data's rows. */
    public record OwnFigure(long officeId, int quarter, String measure, long value, long outOf) {
    }

    /** Every office's own figures of the year, by office, quarter and measure. */
    public void forEachOwnFigure(FiscalYear year, Consumer<OwnFigure> row) {
        jdbc.sql("""
                        select office_id, quarter, measure, value, out_of from supervision_figure
                         where fiscal_year = ? order by office_id, quarter, measure""")
                .param(year.startYear())
                .query(rs -> {
                    row.accept(new OwnFigure(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                });
    }
}
