package bd.udbhabon.team.internal;

import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.ComplianceTally;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.OfficeCompliance;
import bd.udbhabon.team.TeamCompliance;
import bd.udbhabon.team.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The compliance view in SQL: an office's scope is read from {@code office_scope} (the scope
 * relation the {@code office} module publishes, V23), joined to {@code team_compliance}; every
 * answer is one query however many offices are below.
 */
@Repository
class ComplianceQueries implements TeamCompliance {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    /**
     * {@code scope}: the counted offices in the scope of {@code :office}: one range of the relation's
     * level index (the ~1,000 counted offices), not a filter over the Cabinet Division's 24,067.
     * Materialized, so that the offices' rows are then found by key (inlined, the "not compliant"
     * page hashed all 24,067 offices: 16 against 23 ms before V23 materialized, slower inlined).
     */
    private static final String SCOPE = """
            with scope as materialized (
                select s.office_id as id, s.level from office_scope s where s.ancestor_id = :office and s.level in (:levels)
            )
            """;

    private static final String RANK = """
            array_position(array['CABINET_DIVISION','MINISTRY','DIRECTORATE','DIVISION','DISTRICT','UPAZILA','OTHER'], o.level)""";

    private static final String ORDER = RANK + ", coalesce(o.place_bn, o.name_bn) collate \"bn-x-icu\", o.id";

    /** An office's row: {@code o} the office, {@code p} its parent, {@code c} its compliance (may be absent). */
    private static final String ROW = """
            o.id, o.level, o.name_bn, o.name_en, p.id as parent_id, p.name_bn as parent_bn, p.name_en as parent_en,
            coalesce(c.verdict, 'NO_TEAM') as verdict, c.formed_under, c.judged_under, c.findings::text as findings,
            c.last_change""";

    private static final String ROW_JOINS = """
            left join office p on p.id = coalesce(o.admin_parent_id, o.line_parent_id)
            left join team_compliance c on c.office_id = o.id""";

    private static final String TALLY = """
            count(*) as offices,
            count(*) filter (where c.verdict = 'COMPLIANT') as compliant,
            count(*) filter (where c.verdict = 'NOT_COMPLIANT') as not_compliant,
            count(*) filter (where c.verdict = 'NO_RULES') as no_rules,
            count(*) filter (where c.verdict is null or c.verdict = 'NO_TEAM') as no_team""";

    private static final List<String> LEVELS = COUNTED.stream().map(Enum::name).sorted().toList();

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ComplianceQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Map<OfficeLevel, ComplianceTally> tallies(long officeId) {
        Map<OfficeLevel, ComplianceTally> byLevel = new EnumMap<>(OfficeLevel.class);
        jdbc.sql(SCOPE + "select s.level, " + TALLY + """
                         from scope s left join team_compliance c on c.office_id = s.id
                        group by s.level""")
                .param("office", officeId).param("levels", LEVELS)
                .query(rs -> {
                    byLevel.put(OfficeLevel.valueOf(rs.getString(1)), tally(rs));
                });
        return new LinkedHashMap<>(byLevel);
    }

    @Override
    public Optional<OfficeCompliance> office(long officeId) {
        return jdbc.sql("select " + ROW + " from office o " + ROW_JOINS + " where o.id = :office")
                .param("office", officeId).query((rs, i) -> row(rs)).optional();
    }

    @Override
    public List<Child> children(long officeId) {
        // The offices directly below (depth 1), each with the counted offices of its own scope. An array,
        // so that each is one range of the level index (joined, the planner expected thousands and scanned all).
        return jdbc.sql("""
                        with tally as (
                            select s.ancestor_id as root, %s
                            from office_scope s left join team_compliance c on c.office_id = s.office_id
                            where s.ancestor_id = any(array(select office_id from office_scope where ancestor_id = :office and depth = 1))
                              and s.level in (:levels)
                            group by s.ancestor_id
                        )
                        select %s, t.offices, t.compliant, t.not_compliant, t.no_rules, t.no_team
                        from tally t join office o on o.id = t.root %s
                        order by %s""".formatted(TALLY, ROW, ROW_JOINS, ORDER))
                .param("office", officeId).param("levels", LEVELS)
                .query((rs, i) -> new Child(row(rs), tally(rs))).list();
    }

    @Override
    public Listing withVerdict(long officeId, Verdict verdict, int page, int size) {
        String from = " from scope s join office o on o.id = s.id " + ROW_JOINS
                + " where coalesce(c.verdict, 'NO_TEAM') = :verdict";
        long[] total = {0};
        List<OfficeCompliance> items = jdbc.sql(SCOPE + "select " + ROW + ", count(*) over () as total" + from
                        + " order by " + ORDER + " limit :limit offset :offset")
                .param("office", officeId).param("levels", LEVELS).param("verdict", verdict.name())
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, i) -> {
                    total[0] = rs.getLong("total");
                    return row(rs);
                }).list();
        if (items.isEmpty() && page > 0) { // past the last page: still say how many there are
            total[0] = jdbc.sql(SCOPE + "select count(*)" + from)
                    .param("office", officeId).param("levels", LEVELS).param("verdict", verdict.name())
                    .query(Long.class).single();
        }
        return new Listing(items, total[0], page, size);
    }

    @Override
    public void forEachInScope(long officeId, Consumer<OfficeCompliance> consumer) {
        jdbc.sql(SCOPE + "select " + ROW + " from scope s join office o on o.id = s.id " + ROW_JOINS + " order by " + ORDER)
                .param("office", officeId).param("levels", LEVELS)
                .query(rs -> {
                    consumer.accept(row(rs));
                });
    }

    private OfficeCompliance row(ResultSet rs) throws SQLException {
        String findings = rs.getString("findings");
        return new OfficeCompliance(rs.getLong("id"), OfficeLevel.valueOf(rs.getString("level")), rs.getString("name_bn"),
                rs.getString("name_en"), (Long) rs.getObject("parent_id"), rs.getString("parent_bn"), rs.getString("parent_en"),
                Verdict.valueOf(rs.getString("verdict")), (Long) rs.getObject("formed_under"), (Long) rs.getObject("judged_under"),
                findings == null ? List.of() : json.readValue(findings, FINDINGS), rs.getObject("last_change", LocalDate.class));
    }

    private static ComplianceTally tally(ResultSet rs) throws SQLException {
        return new ComplianceTally(rs.getLong("offices"), rs.getLong("compliant"), rs.getLong("not_compliant"),
                rs.getLong("no_rules"), rs.getLong("no_team"));
    }
}
