package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.InitiativeRollUp.Figures;
import bd.udbhabon.office.OfficeLevel;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roll-up's figures counted the plain way, straight from the initiatives, their TCV and the services over
 * {@code office_scope}, without the tally: what the tally (V46) must equal. Written apart from V46's functions on purpose.
 */
public final class InitiativeCounts {

    static final String PLAIN = """
            select s.level, f.figure, sum(f.value) from office_scope s join (
                select office_id, 'stage:' || stage as figure, count(*)::numeric as value from initiative group by 1, 2
                union all
                select office_id, 'kind:' || kind, count(*) from initiative group by 1, 2
                union all
                select o.office_id, 'replicated', count(*) from initiative r join initiative o on o.id = r.replicated_from_id group by 1
                union all
                select i.office_id, 'tcv:measured', count(*) from initiative i join initiative_tcv t on t.initiative_id = i.id
                 where i.stage <> 'STOPPED' group by 1
                union all
                select i.office_id, 'tcv:time', sum((t.time_before - t.time_after) * t.cases_per_year)
                  from initiative i join initiative_tcv t on t.initiative_id = i.id where i.stage <> 'STOPPED' group by 1
                union all
                select i.office_id, 'tcv:cost', sum((t.cost_before - t.cost_after) * t.cases_per_year)
                  from initiative i join initiative_tcv t on t.initiative_id = i.id where i.stage <> 'STOPPED' group by 1
                union all
                select i.office_id, 'tcv:visits', sum((t.visits_before - t.visits_after)::numeric * t.cases_per_year)
                  from initiative i join initiative_tcv t on t.initiative_id = i.id where i.stage <> 'STOPPED' group by 1
                union all
                select office_id, 'service:total', count(*) from office_service group by 1
                union all
                select office_id, 'service:running', count(*) from office_service where running group by 1
            ) f on f.office_id = s.office_id
             where s.ancestor_id = ? group by 1, 2""";

    private InitiativeCounts() {
    }

    /** The office's scope's figures by level, zeros left out. */
    public static Map<OfficeLevel, Figures> plain(JdbcClient jdbc, long officeId) {
        Map<OfficeLevel, Map<String, BigDecimal>> values = new EnumMap<>(OfficeLevel.class);
        jdbc.sql(PLAIN).param(officeId).query(rs -> {
            if (rs.getBigDecimal(3).signum() != 0) {
                values.computeIfAbsent(OfficeLevel.valueOf(rs.getString(1)), l -> new TreeMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3));
            }
        });
        Map<OfficeLevel, Figures> figures = new EnumMap<>(OfficeLevel.class);
        values.forEach((level, v) -> figures.put(level, new Figures(v)));
        return figures;
    }

    /** Figures compared by value (2.00 = 2), zeros left out. */
    public static Map<OfficeLevel, Map<String, BigDecimal>> comparable(Map<OfficeLevel, Figures> figures) {
        Map<OfficeLevel, Map<String, BigDecimal>> out = new EnumMap<>(OfficeLevel.class);
        figures.forEach((level, f) -> {
            Map<String, BigDecimal> v = new TreeMap<>();
            f.values().forEach((k, x) -> {
                if (x.signum() != 0) {
                    v.put(k, x.stripTrailingZeros());
                }
            });
            if (!v.isEmpty()) {
                out.put(level, v);
            }
        });
        return out;
    }
}
