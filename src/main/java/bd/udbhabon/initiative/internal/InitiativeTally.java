package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.InitiativeRollUp.Figures;
import bd.udbhabon.office.OfficeLevel;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initiatives' tally (V46): for each office, the figures of every office in its scope by their level, kept in step by
 * the triggers of V46 in every writing statement. Read here; {@link #rebuild} recomputes it from the tables (after a bulk
 * load with triggers off, or to repair), the one command.
 */
@Repository
public class InitiativeTally {

    private final JdbcClient jdbc;

    public InitiativeTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each office asked, its scope's figures by level (an office with none is left out). */
    public Map<Long, Map<OfficeLevel, Figures>> scopes(Collection<Long> officeIds) {
        Map<Long, Map<OfficeLevel, Map<String, BigDecimal>>> values = new HashMap<>();
        jdbc.sql("select ancestor_id, level, figure, value from initiative_scope_tally where ancestor_id = any(?) and value <> 0")
                .param(officeIds.toArray(Long[]::new))
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), o -> new EnumMap<>(OfficeLevel.class))
                            .computeIfAbsent(OfficeLevel.valueOf(rs.getString(2)), l -> new TreeMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                });
        Map<Long, Map<OfficeLevel, Figures>> scopes = new HashMap<>();
        values.forEach((office, byLevel) -> {
            Map<OfficeLevel, Figures> figures = new EnumMap<>(OfficeLevel.class);
            byLevel.forEach((level, v) -> figures.put(level, new Figures(v)));
            scopes.put(office, figures);
        });
        return scopes;
    }

    /** Both tallies recomputed from the initiatives, their TCV and the services register. */
    @Transactional
    public void rebuild() {
        jdbc.sql("select initiative_tally_rebuild()").query((rs, n) -> 1).list();
    }
}
