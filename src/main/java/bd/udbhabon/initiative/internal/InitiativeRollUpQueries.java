package bd.udbhabon.initiative.internal;

import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.InitiativeRollUp;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
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
 * hundred rows at most however many offices are below; offices named through {@link OfficeDirectory}. The export's
 * rows are the initiatives themselves, over {@code office_scope}.
 */
@Repository
public class InitiativeRollUpQueries implements InitiativeRollUp {

    /** Offices by level (from the top), then Bangla name, then id: the order every list of offices here keeps. */
    static final Comparator<Office> OFFICE_ORDER = Comparator.comparing(Office::level)
            .thenComparing(Office::nameBn, BanglaText.collator()).thenComparingLong(Office::id);

    private final JdbcClient jdbc;
    private final InitiativeTally tally;
    private final OfficeDirectory offices;

    InitiativeRollUpQueries(JdbcClient jdbc, InitiativeTally tally, OfficeDirectory offices) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.offices = offices;
    }

    @Override
    @Transactional(readOnly = true)
    public RollUp rollUp(long officeId) {
        List<Long> below = jdbc.sql("select office_id from office_scope where ancestor_id = ? and depth = 1")
                .param(officeId).query(Long.class).list();
        List<Long> asked = new ArrayList<>(below);
        asked.add(officeId);
        Map<Long, Map<OfficeLevel, Figures>> scopes = tally.scopes(asked);
        List<Below> rows = offices.findAll(below).values().stream().sorted(OFFICE_ORDER)
                .map(o -> new Below(o.id(), o.level(), o.nameBn(), o.nameEn(), o.childCount(),
                        scopes.getOrDefault(o.id(), Map.of()).values().stream().reduce(Figures.NONE, Figures::plus)))
                .toList();
        Map<OfficeLevel, Figures> byLevel = new EnumMap<>(OfficeLevel.class);
        byLevel.putAll(scopes.getOrDefault(officeId, Map.of()));
        return new RollUp(officeId, byLevel, rows);
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
        List<Long> scope = jdbc.sql("select office_id from office_scope where ancestor_id = ?").param(officeId).query(Long.class).list();
        Map<Long, Office> named = offices.findAll(scope);
        Long[] ordered = named.values().stream().sorted(OFFICE_ORDER).map(Office::id).toArray(Long[]::new);
        jdbc.sql("""
                        select i.id, i.office_id, i.kind, i.title_bn, i.title_en, i.stage, i.stage_since, i.replicated_from_id,
                               t.time_before, t.time_after, t.cost_before, t.cost_after, t.visits_before, t.visits_after,
                               t.cases_per_year, t.measured_on
                          from unnest(?::bigint[]) with ordinality o(id, position)
                          join initiative i on i.office_id = o.id
                          left join initiative_tcv t on t.initiative_id = i.id
                         order by o.position, i.id""")
                .param(ordered)
                .query(rs -> {
                    Office office = named.get(rs.getLong("office_id"));
                    Tcv tcv = rs.getObject("measured_on") == null ? null : new Tcv(rs.getBigDecimal("time_before"),
                            rs.getBigDecimal("time_after"), rs.getBigDecimal("cost_before"), rs.getBigDecimal("cost_after"),
                            rs.getInt("visits_before"), rs.getInt("visits_after"), rs.getLong("cases_per_year"),
                            rs.getObject("measured_on", LocalDate.class));
                    consumer.accept(new Row(rs.getLong("id"), office.id(), office.level(), office.nameBn(), office.nameEn(),
                            InitiativeKind.valueOf(rs.getString("kind")), rs.getString("title_bn"), rs.getString("title_en"),
                            Stage.valueOf(rs.getString("stage")), rs.getObject("stage_since", LocalDate.class),
                            rs.getObject("replicated_from_id", Long.class), tcv));
                });
    }
}
