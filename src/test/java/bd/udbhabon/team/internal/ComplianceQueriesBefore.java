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

/** The compliance queries as they were before V23 (walking up with a recursive query), for ComplianceBenchmark's before/after.
 * The compliance view in SQL: the scope is found by a recursive walk up both hierarchies from the
 * counted offices, joined to {@code team_compliance}; every answer is one query however many
 * offices are below.
 */

class ComplianceQueriesBefore implements TeamCompliance {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    /**
     * Every counted office with itself and each office above it, up both hierarchies: the scope of
     * an office is the counted offices that have it here. Walking up from the ~1,000 counted
     * offices is a few thousand primary-key steps; walking down from the Cabinet Division would
     * visit every field office (24,000) only to find they have nothing below. {@code union} stops
     * at a cycle.
     */
    private static final String UP = """
            with recursive up(office_id, level, id, admin_parent, line_parent) as (
                select id, level, id, admin_parent_id, line_parent_id from office where level in (:levels)
                union
                select u.office_id, u.level, p.id, p.admin_parent_id, p.line_parent_id
                from up u join office p on p.id = u.admin_parent or p.id = u.line_parent
            )
            """;

    /** The counted offices in the scope of {@code :office}. */
    private static final String SCOPE = UP + ", scope as (select office_id as id from up where id = :office)\n";

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

    ComplianceQueriesBefore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Map<OfficeLevel, ComplianceTally> tallies(long officeId) {
        Map<OfficeLevel, ComplianceTally> byLevel = new EnumMap<>(OfficeLevel.class);
        jdbc.sql(UP + "select u.level, " + TALLY + """
                         from up u left join team_compliance c on c.office_id = u.office_id
                        where u.id = :office group by u.level""")
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
        // A child's scope: the counted offices that have the child above them (or are the child).
        return jdbc.sql(UP + """
                        , tally as (
                            select u.id as root, %s
                            from up u left join team_compliance c on c.office_id = u.office_id
                            where (u.admin_parent = :office or u.line_parent = :office) and u.id <> :office
                            group by u.id
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
