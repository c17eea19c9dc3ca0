package bd.udbhabon.initiative.internal;

import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.InitiativeRollUp;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roll-up read from the tally ({@link InitiativeTally}): the office's scope and the offices directly below, a few
 * hundred rows at most however many offices are below, offices named in the same query. The export's rows are the
 * initiatives themselves, over {@code office_scope}.
 */
@Repository
public class InitiativeRollUpQueries implements InitiativeRollUp {

    /** Offices by level (from the top), then Bangla name, then id: the order every list of offices here keeps. */
    static final Comparator<Office> OFFICE_ORDER = Comparator.comparing(Office::level)
            .thenComparing(Office::nameBn, BanglaText.collator()).thenComparingLong(Office::id);

    private final JdbcClient jdbc;
    private final InitiativeTally tally;

    InitiativeRollUpQueries(JdbcClient jdbc, InitiativeTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
    }

    @Override
    @Transactional(readOnly = true)
    public RollUp rollUp(long officeId) {
        List<Office> below = jdbc.sql("""
                        select o.id, o.level, o.name_bn, o.name_en, o.place_bn, o.place_en
                          from office_scope s join office o on o.id = s.office_id
                         where s.ancestor_id = ? and s.depth = 1""")
                .param(officeId).query((rs, n) -> named(rs)).list();
        List<Long> asked = new ArrayList<>(below.stream().map(Office::id).toList());
        asked.add(officeId);
        Map<Long, Map<OfficeLevel, Figures>> scopes = tally.scopes(asked);
        List<Below> rows = below.stream().sorted(OFFICE_ORDER)
                .map(o -> new Below(o.id(), o.level(), o.nameBn(), o.nameEn(), o.childCount(),
                        scopes.getOrDefault(o.id(), Map.of()).values().stream().reduce(Figures.NONE, Figures::plus)))
                .toList();
        Map<OfficeLevel, Figures> byLevel = new EnumMap<>(OfficeLevel.class);
        byLevel.putAll(scopes.getOrDefault(officeId, Map.of()));
        return new RollUp(officeId, byLevel, rows);
    }

    /**
     * An office as these lists need it, named in the same query (OfficeDirectory's rows also count each office's children,
     * a look-up per office that took most of a district's 370 offices directly below).
     */
    static Office named(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Office(rs.getLong("id"), OfficeLevel.valueOf(rs.getString("level")), rs.getString("name_bn"), rs.getString("name_en"),
                rs.getString("place_bn"), rs.getString("place_en"), null, null, null, null, null, 0, null);
    }

    /** The initiative's TCV, if measured. */
    @Transactional(readOnly = true)
    public java.util.Optional<Tcv> tcv(long initiativeId) {
        return jdbc.sql("""
                        select time_before, time_after, cost_before, cost_after, visits_before, visits_after, cases_per_year, measured_on
                          from initiative_tcv where initiative_id = ?""")
                .param(initiativeId)
                .query((rs, n) -> new Tcv(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getObject(8, LocalDate.class)))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachInitiative(long officeId, Consumer<Row> consumer) {
        jdbc.sql("""
                        select i.id, i.office_id, i.kind, i.title_bn, i.title_en, i.stage, i.stage_since, i.replicated_from_id,
                               t.time_before, t.time_after, t.cost_before, t.cost_after, t.visits_before, t.visits_after,
                               t.cases_per_year, t.measured_on, o.level, o.name_bn, o.name_en
                          from office_scope s
                          join initiative i on i.office_id = s.office_id
                          join office o on o.id = s.office_id
                          left join initiative_tcv t on t.initiative_id = i.id
                         where s.ancestor_id = ?
                         order by array_position(array['CABINET_DIVISION','MINISTRY','DIRECTORATE','DIVISION','DISTRICT','UPAZILA','OTHER'], o.level),
                                  o.name_bn collate "bn-x-icu", o.id, i.id""")
                .param(officeId)
                .query(rs -> {
                    Tcv tcv = rs.getObject("measured_on") == null ? null : new Tcv(rs.getBigDecimal("time_before"),
                            rs.getBigDecimal("time_after"), rs.getBigDecimal("cost_before"), rs.getBigDecimal("cost_after"),
                            rs.getInt("visits_before"), rs.getInt("visits_after"), rs.getLong("cases_per_year"),
                            rs.getObject("measured_on", LocalDate.class));
                    consumer.accept(new Row(rs.getLong("id"), rs.getLong("office_id"), OfficeLevel.valueOf(rs.getString("level")),
                            rs.getString("name_bn"), rs.getString("name_en"),
                            InitiativeKind.valueOf(rs.getString("kind")), rs.getString("title_bn"), rs.getString("title_en"),
                            Stage.valueOf(rs.getString("stage")), rs.getObject("stage_since", LocalDate.class),
                            rs.getObject("replicated_from_id", Long.class), tcv));
                });
    }
}
