package bd.udbhabon.supervision.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import bd.udbhabon.supervision.OfficeFigures.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the read side (V50): an office's figures recomputed from its sources with the ancestors' sums moved by the
 * difference ({@link #refresh}), or every office's from the facts ({@link #rebuild}, the one command). Both keep only
 * rows with a value or a total, so that the first equals the second row for row.
 */
@Component
public class SupervisionReadSide {

    private static final Logger log = LoggerFactory.getLogger(SupervisionReadSide.class);
    /** The advisory lock's first key: one refresh of an office at a time (the second half is the office's id). */
    private static final int LOCK_SPACE = 16_002;

    private final JdbcClient jdbc;
    private final List<OfficeFigures> sources;
    private final SupervisionProperties properties;

    public SupervisionReadSide(JdbcClient jdbc, List<OfficeFigures> sources, SupervisionProperties properties) {
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
        this.properties = properties;
    }

    public List<OfficeFigures> sources() {
        return sources;
    }

    /** The fiscal years the read side holds as of {@code asOf}: the current one and those before it, as set. */
    public List<FiscalYear> years(LocalDate asOf) {
        FiscalYear current = FiscalYear.of(asOf);
        List<FiscalYear> years = new ArrayList<>();
        for (int i = properties.years() - 1; i >= 0; i--) {
            years.add(new FiscalYear(current.startYear() - i));
        }
        return years;
    }

    private record Key(int year, int quarter, String measure) {
    }

    /**
     * Recomputes {@code officeId}'s figures of these sources for every year held, in the caller's transaction, and
     * adds the difference to the sums of every office whose scope holds it (itself included).
     */
    @Transactional
    public void refresh(long officeId, Collection<OfficeFigures> changed, LocalDate asOf) {
        if (changed.isEmpty()) {
            return;
        }
        // a rebuild holds the tables (share row exclusive); a second refresh of the office waits for this one's commit
        jdbc.sql("lock table supervision_figure, supervision_scope_figure in row exclusive mode").update();
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").param(LOCK_SPACE).param((int) officeId).query().singleRow();
        List<FiscalYear> years = years(asOf);
        Set<String> measures = new HashSet<>();
        Map<Key, long[]> fresh = new HashMap<>();
        for (OfficeFigures source : changed) {
            source.measures().forEach(m -> measures.add(m.key()));
            source.officeFigures(officeId, years, asOf).forEach((year, figures) -> {
                for (Figure f : figures) {
                    if (f.officeId() == officeId) {
                        add(fresh, new Key(year.startYear(), f.quarter(), f.measure()), f.value(), f.outOf());
                    }
                }
            });
        }
        Map<Key, long[]> old = new HashMap<>();
        jdbc.sql("""
                        select fiscal_year, quarter, measure, value, out_of from supervision_figure
                         where office_id = ? and measure = any(?) and fiscal_year between ? and ?""")
                .param(officeId).param(measures.toArray(String[]::new))
                .param(years.getFirst().startYear()).param(years.getLast().startYear())
                .query(rs -> {
                    add(old, new Key(rs.getInt(1), rs.getInt(2), rs.getString(3)), rs.getLong(4), rs.getLong(5));
                });
        // the difference, in one order, so that two offices' refreshes lock their shared ancestors' rows alike
        TreeMap<String, Object[]> delta = new TreeMap<>();
        Set<Key> keys = new HashSet<>(fresh.keySet());
        keys.addAll(old.keySet());
        for (Key k : keys) {
            long[] n = fresh.getOrDefault(k, new long[2]);
            long[] o = old.getOrDefault(k, new long[2]);
            if (n[0] != o[0] || n[1] != o[1]) {
                delta.put(k.year() + "/" + k.quarter() + "/" + k.measure(), new Object[]{k, n, o});
            }
        }
        if (delta.isEmpty()) {
            return;
        }
        int size = delta.size();
        Integer[] y = new Integer[size];
        Integer[] q = new Integer[size];
        String[] m = new String[size];
        Long[] v = new Long[size];
        Long[] t = new Long[size];
        Long[] dv = new Long[size];
        Long[] dt = new Long[size];
        int i = 0;
        for (Object[] d : delta.values()) {
            Key k = (Key) d[0];
            long[] n = (long[]) d[1];
            long[] o = (long[]) d[2];
            y[i] = k.year();
            q[i] = k.quarter();
            m[i] = k.measure();
            v[i] = n[0];
            t[i] = n[1];
            dv[i] = n[0] - o[0];
            dt[i] = n[1] - o[1];
            i++;
        }
        jdbc.sql("""
                        delete from supervision_figure f using unnest(?::int[], ?::int[], ?::text[]) d(y, q, m)
                         where f.office_id = ? and f.fiscal_year = d.y and f.quarter = d.q and f.measure = d.m""")
                .param(y).param(q).param(m).param(officeId).update();
        jdbc.sql("""
                        insert into supervision_figure (office_id, fiscal_year, quarter, measure, value, out_of)
                        select ?, d.y, d.q, d.m, d.v, d.t from unnest(?::int[], ?::int[], ?::text[], ?::bigint[], ?::bigint[]) d(y, q, m, v, t)
                         where d.v <> 0 or d.t <> 0""")
                .param(officeId).param(y).param(q).param(m).param(v).param(t).update();
        jdbc.sql("""
                        insert into supervision_scope_figure as s (ancestor_id, fiscal_year, quarter, measure, value, out_of)
                        select o.ancestor_id, d.y, d.q, d.m, d.v, d.t
                          from office_scope o cross join unnest(?::int[], ?::int[], ?::text[], ?::bigint[], ?::bigint[]) d(y, q, m, v, t)
                         where o.office_id = ?
                         order by o.ancestor_id, d.y, d.q, d.m
                        on conflict (ancestor_id, fiscal_year, quarter, measure)
                        do update set value = s.value + excluded.value, out_of = s.out_of + excluded.out_of""")
                .param(y).param(q).param(m).param(dv).param(dt).param(officeId).update();
        // only the sums just moved can have come to nothing (the others were kept for a value or a total)
        jdbc.sql("""
                        delete from supervision_scope_figure s
                         using office_scope o, unnest(?::int[], ?::int[], ?::text[]) d(y, q, m)
                         where o.office_id = ? and s.ancestor_id = o.ancestor_id
                           and s.fiscal_year = d.y and s.quarter = d.q and s.measure = d.m
                           and s.value = 0 and s.out_of = 0""")
                .param(y).param(q).param(m).param(officeId).update();
    }

    private static void add(Map<Key, long[]> map, Key key, long value, long outOf) {
        long[] sum = map.computeIfAbsent(key, k -> new long[2]);
        sum[0] += value;
        sum[1] += outOf;
    }

    /**
     * The one command: every year held recomputed from the facts for every office, the sums added up over
     * {@code office_scope}, in one transaction that holds off the listener's refreshes meanwhile.
     */
    @Transactional
    public Rebuilt rebuild(LocalDate asOf) {
        return rebuild(years(asOf), asOf);
    }

    /** These years only (the nightly job: what time alone changes). */
    @Transactional
    public Rebuilt rebuild(List<FiscalYear> years, LocalDate asOf) {
        long started = System.nanoTime();
        jdbc.sql("lock table supervision_figure, supervision_scope_figure in share row exclusive mode").update();
        Integer[] starts = years.stream().map(FiscalYear::startYear).toArray(Integer[]::new);
        jdbc.sql("delete from supervision_scope_figure where fiscal_year = any(?)").param(starts).update();
        jdbc.sql("delete from supervision_figure where fiscal_year = any(?)").param(starts).update();
        long figures = 0;
        for (FiscalYear year : years) {
            for (OfficeFigures source : sources) {
                figures += insert(year, source.figures(year, null, asOf));
            }
            jdbc.sql("""
                            insert into supervision_rebuild (fiscal_year, as_of) values (?, ?)
                            on conflict (fiscal_year) do update set as_of = excluded.as_of, rebuilt_at = now()""")
                    .param(year.startYear()).param(asOf).update();
        }
        long sums = sumScopes(starts);
        Rebuilt rebuilt = new Rebuilt(years.size(), figures, sums, (System.nanoTime() - started) / 1_000_000);
        log.info("supervision read side rebuilt as of {}: {}", asOf, rebuilt);
        return rebuilt;
    }

    /** The rebuild's last step: every office's sums over its scope, from the offices' figures of these years. */
    public long sumScopes(Integer[] starts) {
        return jdbc.sql("""
                        insert into supervision_scope_figure (ancestor_id, fiscal_year, quarter, measure, value, out_of)
                        select s.ancestor_id, f.fiscal_year, f.quarter, f.measure, sum(f.value), sum(f.out_of)
                          from supervision_figure f join office_scope s on s.office_id = f.office_id
                         where f.fiscal_year = any(?)
                         group by s.ancestor_id, f.fiscal_year, f.quarter, f.measure
                        having sum(f.value) <> 0 or sum(f.out_of) <> 0""")
                .param(starts).update();
    }

    /** What a rebuild wrote: the offices' figures and the scopes' sums, and how long it took. */
    public record Rebuilt(int years, long figures, long sums, long millis) {
    }

    private long insert(FiscalYear year, List<Figure> figures) {
        Map<String, long[]> summed = new TreeMap<>();
        Map<String, Figure> first = new HashMap<>();
        for (Figure f : figures) {
            String key = f.officeId() + "/" + f.quarter() + "/" + f.measure();
            long[] sum = summed.computeIfAbsent(key, k -> new long[2]);
            sum[0] += f.value();
            sum[1] += f.outOf();
            first.putIfAbsent(key, f);
        }
        List<Long> office = new ArrayList<>();
        List<Integer> quarter = new ArrayList<>();
        List<String> measure = new ArrayList<>();
        List<Long> value = new ArrayList<>();
        List<Long> outOf = new ArrayList<>();
        summed.forEach((key, sum) -> {
            if (sum[0] != 0 || sum[1] != 0) {
                Figure f = first.get(key);
                office.add(f.officeId());
                quarter.add(f.quarter());
                measure.add(f.measure());
                value.add(sum[0]);
                outOf.add(sum[1]);
            }
        });
        if (office.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        insert into supervision_figure (office_id, fiscal_year, quarter, measure, value, out_of)
                        select d.o, ?, d.q, d.m, d.v, d.t from unnest(?::bigint[], ?::int[], ?::text[], ?::bigint[], ?::bigint[]) d(o, q, m, v, t)""")
                .param(year.startYear()).param(office.toArray(Long[]::new)).param(quarter.toArray(Integer[]::new))
                .param(measure.toArray(String[]::new)).param(value.toArray(Long[]::new)).param(outOf.toArray(Long[]::new))
                .update();
    }
}
