package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national search of initiatives and of the services registers (issue 15, point 4), for every signed-in
 * user: the words through the trigram indexes on {@code search_text} ({@code like '%…%'}), the level and the
 * district through {@code office_scope} (the office's own row says its level; the district is the DISTRICT
 * office above it), the least saving a year from the TCV. One page at a time, newest first (or the largest
 * saving first when a saving is asked), counted up to {@link SearchQuery#COUNT_LIMIT}. The offices' and
 * districts' names come from the registry ({@link OfficeDirectory}) for the page's rows only.
 */
@Component
public class NationalSearch {

    /** An initiative found, with its office, the district that office is in (null: none, e.g. a ministry) and its TCV if measured. */
    public record Hit(long id, Office office, Office district, InitiativeKind kind, String titleBn, String titleEn, String serviceBn,
                      String problemBn, String solutionBn, Stage stage, LocalDate stageSince, Tcv tcv) {

        public String title(boolean bangla) {
            return bangla || titleEn == null ? titleBn : titleEn;
        }

        Hit in(Office office, Office district) {
            return new Hit(id, office, district, kind, titleBn, titleEn, serviceBn, problemBn, solutionBn, stage, stageSince, tcv);
        }
    }

    /** A registered service found, with its office and district and the initiative it came from (null: none named). */
    public record ServiceHit(long id, Office office, Office district, String nameBn, String nameEn, SearchQuery.ServiceKind kind,
                             String link, boolean running, LocalDate checkedOn, Long initiativeId, String initiativeTitleBn) {

        public String name(boolean bangla) {
            return bangla || nameEn == null ? nameBn : nameEn;
        }

        ServiceHit in(Office office, Office district) {
            return new ServiceHit(id, office, district, nameBn, nameEn, kind, link, running, checkedOn, initiativeId, initiativeTitleBn);
        }
    }

    /**
     * One page of what was found; {@code total} counts at most {@link SearchQuery#COUNT_LIMIT}, {@code more} says there
     * are more than that.
     */
    public record Results<T>(List<T> items, long total, boolean more, int page) {

        public boolean hasNext() {
            return (long) (page + 1) * SearchQuery.PAGE_SIZE < total;
        }

        public int pageCount() {
            return (int) ((total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
        }
    }

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;

    NationalSearch(JdbcClient jdbc, OfficeDirectory offices) {
        this.jdbc = jdbc;
        this.offices = offices;
    }

    /** The district offices to choose from, by Bangla place name. */
    /**
     * Plans made for each search's own words and filters: after a few runs on one pooled connection PostgreSQL may
     * otherwise switch to one generic plan for every pattern and district, which once walked the whole table for
     * minutes (seen in SearchBenchmark's CPU run).
     */
    private void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    @Transactional(readOnly = true)
    public List<Office> districts() {
        return offices.search(new bd.udbhabon.office.OfficeSearch(OfficeLevel.DISTRICT, null, null, 0,
                bd.udbhabon.office.OfficeSearch.MAX_SIZE)).items();
    }

    @Transactional(readOnly = true)
    public Results<Hit> initiatives(SearchQuery query) {
        customPlans();
        Statement statement = initiativesStatement(query);
        long counted = jdbc.sql(statement.count()).params(statement.params()).query(Long.class).single();
        List<Row<Hit>> rows = jdbc.sql(statement.page()).params(statement.params())
                .query((rs, n) -> new Row<>(rs.getLong("office_id"), hit(rs))).list();
        return results(rows, counted, query, Hit::in);
    }

    @Transactional(readOnly = true)
    public Results<ServiceHit> services(SearchQuery query) {
        customPlans();
        Statement statement = servicesStatement(query);
        long counted = jdbc.sql(statement.count()).params(statement.params()).query(Long.class).single();
        List<Row<ServiceHit>> rows = jdbc.sql(statement.page()).params(statement.params())
                .query((rs, n) -> new Row<>(rs.getLong("office_id"), new ServiceHit(rs.getLong("id"), null, null, rs.getString("name_bn"),
                        rs.getString("name_en"), SearchQuery.ServiceKind.valueOf(rs.getString("kind")), rs.getString("link"),
                        rs.getBoolean("running"), rs.getObject("checked_on", LocalDate.class), rs.getObject("initiative_id", Long.class),
                        rs.getString("initiative_title_bn")))).list();
        return results(rows, counted, query, ServiceHit::in);
    }

    /** A search's two statements (the capped count and the page) and their parameters; the benchmark prints their plans. */
    record Statement(String count, String page, Map<String, Object> params) {
    }

    Statement initiativesStatement(SearchQuery query) {
        Sql sql = where(query, "i.search_text", "i.office_id");
        if (query.kind() != null) {
            sql.and("i.kind = :kind", "kind", query.kind().name());
        }
        if (query.stage() != null) {
            sql.and("i.stage = :stage", "stage", query.stage().name());
        }
        String saving = query.saving() == null ? null : switch (query.saving()) {
            case TIME -> "(t.time_before - t.time_after) * t.cases_per_year";
            case COST -> "(t.cost_before - t.cost_after) * t.cases_per_year";
            case VISITS -> "(t.visits_before - t.visits_after)::bigint * t.cases_per_year";
        };
        String from = "from initiative i" + join(query, "i") + " left join initiative_tcv t on t.initiative_id = i.id";
        if (saving != null) {
            from = "from initiative i" + join(query, "i") + " join initiative_tcv t on t.initiative_id = i.id";
            sql.and(saving + " > 0 and " + saving + " >= :atLeast", "atLeast", query.atLeast());
        }
        String order = saving == null ? "i.id desc" : saving + " desc, t.initiative_id desc"; // V43's indexes, in their order
        return new Statement(count(from, sql), """
                select i.id, i.office_id, i.kind, i.title_bn, i.title_en, i.service_bn, i.problem_bn, i.solution_bn, i.stage,
                       i.stage_since, t.time_before, t.time_after, t.cost_before, t.cost_after, t.visits_before, t.visits_after,
                       t.cases_per_year, t.measured_on
                """ + from + sql.where() + " order by " + order + " limit :limit offset :offset", sql.params(query));
    }

    Statement servicesStatement(SearchQuery query) {
        Sql sql = where(query, "s.search_text", "s.office_id");
        if (query.serviceKind() != null) {
            sql.and("s.kind = :serviceKind", "serviceKind", query.serviceKind().name());
        }
        if (query.runningOnly()) {
            sql.and("s.running", null, null);
        }
        String from = "from office_service s" + join(query, "s") + " left join initiative i on i.id = s.initiative_id";
        return new Statement(count(from, sql), """
                select s.id, s.office_id, s.name_bn, s.name_en, s.kind, s.link, s.running, s.checked_on, s.initiative_id,
                       i.title_bn initiative_title_bn
                """ + from + sql.where() + " order by s.id desc limit :limit offset :offset", sql.params(query));
    }

    /** The filters both searches share: the words, the office's level, the district it is in. */
    private Sql where(SearchQuery query, String searchText, String officeId) {
        Sql sql = new Sql();
        Office district = query.districtId() == null ? null : offices.find(query.districtId())
                .filter(o -> o.level() == OfficeLevel.DISTRICT)
                .orElseThrow(() -> UserFacingException.invalid(new FormErrors()
                        .add("district", "initiative.search.error.district", query.districtId())));
        if (query.text() != null && district != null) {
            // in a district the words are looked for in its few thousand rows (strpos: the same match as the escaped like,
            // no index), not through the national trigram index, which for a common word marks 24,000 rows first
            sql.and("strpos(" + searchText + ", :words) > 0", "words", query.text());
        } else if (query.text() != null) {
            sql.and(searchText + " like :contains escape '\\'", "contains", "%" + escapeLike(query.text()) + "%");
        }
        if (query.level() != null) {
            sql.and("o.level = :level", "level", query.level().name());
        }
        if (district != null) {
            // the district's offices read once (an init plan's array), never a join: a generic plan joined office_scope in a
            // nested loop and re-ran the trigram index over the whole country for each of the district's ~370 offices (6.5 s)
            sql.and(officeId + " = any (array(select d.office_id from office_scope d where d.ancestor_id = :district))",
                    "district", district.id());
        }
        return sql;
    }

    /** The office's row, for its level (the registry's index on it: the 494 upazilas' initiatives without a scan). */
    private static String join(SearchQuery query, String alias) {
        return query.level() == null ? "" : " join office o on o.id = " + alias + ".office_id";
    }

    private static String count(String from, Sql sql) {
        return "select count(*) from (select 1 " + from + sql.where() + " limit " + (SearchQuery.COUNT_LIMIT + 1) + ") found";
    }

    /** A row read before its office and district are known: the page's offices are named in one go. */
    private record Row<T>(long officeId, T partial) {
    }

    /** The page's rows with their offices and districts, named in one query. */
    private <T> Results<T> results(List<Row<T>> rows, long counted, SearchQuery query, Completion<T> complete) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.officeId()));
        Map<Long, Long> districtOf = districtsOf(ids);
        Set<Long> named = new HashSet<>(ids);
        named.addAll(districtOf.values());
        Map<Long, Office> names = named.isEmpty() ? Map.of() : offices.findAll(named);
        List<T> items = new ArrayList<>();
        for (Row<T> row : rows) {
            Long district = districtOf.get(row.officeId());
            items.add(complete.in(row.partial(), names.get(row.officeId()), district == null ? null : names.get(district)));
        }
        return new Results<>(items, Math.min(counted, SearchQuery.COUNT_LIMIT), counted > SearchQuery.COUNT_LIMIT, query.page());
    }

    /** Each office's district: itself if it is one, else the nearest DISTRICT office above it in either hierarchy. */
    private Map<Long, Long> districtsOf(Set<Long> officeIds) {
        Map<Long, Long> districts = new HashMap<>();
        if (officeIds.isEmpty()) {
            return districts;
        }
        jdbc.sql("""
                        select s.office_id, s.ancestor_id from office_scope s
                          join office_scope a on a.ancestor_id = s.ancestor_id and a.office_id = s.ancestor_id
                         where s.office_id in (:ids) and a.level = 'DISTRICT' order by s.depth desc, s.ancestor_id desc""")
                .param("ids", officeIds).query((rs, n) -> districts.put(rs.getLong(1), rs.getLong(2))).list();
        return districts; // nearest last, so it wins
    }

    private interface Completion<T> {
        T in(T partial, Office office, Office district);
    }

    private static Hit hit(ResultSet rs) throws SQLException {
        Tcv tcv = rs.getObject("measured_on") == null ? null : new Tcv(rs.getBigDecimal("time_before"), rs.getBigDecimal("time_after"),
                    rs.getBigDecimal("cost_before"), rs.getBigDecimal("cost_after"), rs.getInt("visits_before"), rs.getInt("visits_after"),
                    rs.getLong("cases_per_year"), rs.getObject("measured_on", LocalDate.class));
        return new Hit(rs.getLong("id"), null, null, InitiativeKind.valueOf(rs.getString("kind")), rs.getString("title_bn"),
                    rs.getString("title_en"), rs.getString("service_bn"), rs.getString("problem_bn"), rs.getString("solution_bn"),
                    Stage.valueOf(rs.getString("stage")), rs.getObject("stage_since", LocalDate.class), tcv);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The conditions and their parameters, built together so that each filter's SQL and value stay side by side. */
    private static final class Sql {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        void and(String condition, String name, Object value) {
            conditions.add(condition);
            if (name != null) {
                params.put(name, value);
            }
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        Map<String, Object> params(SearchQuery paging) {
            Map<String, Object> all = new LinkedHashMap<>(params);
            all.put("limit", SearchQuery.PAGE_SIZE);
            all.put("offset", (long) paging.page() * SearchQuery.PAGE_SIZE);
            return all;
        }
    }
}
