package bd.udbhabon.portal.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.portal.ChecklistItem;
import bd.udbhabon.portal.Completeness;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the portal checklist: its items (V59, V60), the offices' links, and the rates over a scope through
 * {@code office_scope} (an office and everything below it in either hierarchy, each office once).
 */
@Repository
public class PortalRepository {

    /** The items of a year: the checklist as it stood then. */
    private static final String ITEMS_OF_YEAR = "select id from portal_item where from_year <= :y and (until_year is null or until_year >= :y)";

    private final JdbcClient jdbc;

    PortalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ChecklistItem> allItems() {
        return jdbc.sql("select id, name_bn, name_en, position, from_year, until_year from portal_item order by position, id")
                .query((rs, n) -> new ChecklistItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        new FiscalYear(rs.getInt(5)), rs.getObject(6) == null ? null : new FiscalYear(rs.getInt(6)))).list();
    }

    public List<ChecklistItem> items(FiscalYear year) {
        return allItems().stream().filter(i -> i.askedIn(year)).toList();
    }

    public long addItem(String nameBn, String nameEn, FiscalYear from) {
        return jdbc.sql("""
                        insert into portal_item (name_bn, name_en, position, from_year)
                        values (:bn, :en, (select coalesce(max(position), 0) + 1 from portal_item), :y) returning id""")
                .param("bn", nameBn).param("en", nameEn).param("y", from.startYear()).query(Long.class).single();
    }

    public void retire(long itemId, FiscalYear lastYear) {
        jdbc.sql("update portal_item set until_year = :y where id = :id").param("y", lastYear.startYear()).param("id", itemId).update();
    }

    public Map<Long, String> links(long officeId, FiscalYear year, int quarter) {
        Map<Long, String> links = new LinkedHashMap<>();
        jdbc.sql("select item_id, url from portal_link where office_id = :o and fiscal_year = :y and quarter = :q order by item_id")
                .param("o", officeId).param("y", year.startYear()).param("q", quarter)
                .query(rs -> {
                    links.put(rs.getLong(1), rs.getString(2));
                });
        return links;
    }

    /** Replaces the office's links of the quarter. */
    public void replace(long officeId, FiscalYear year, int quarter, Map<Long, String> links, Long accountId) {
        jdbc.sql("delete from portal_link where office_id = :o and fiscal_year = :y and quarter = :q")
                .param("o", officeId).param("y", year.startYear()).param("q", quarter).update();
        links.forEach((item, url) -> jdbc.sql("""
                        insert into portal_link (office_id, fiscal_year, quarter, item_id, url, updated_by)
                        values (:o, :y, :q, :i, :u, :by)""")
                .param("o", officeId).param("y", year.startYear()).param("q", quarter).param("i", item)
                .param("u", url).param("by", accountId).update());
    }

    /**
     * The completeness of each office of {@code officeIds} in the quarter: its own items done, and the offices below
     * it with theirs, in one query over the scope.
     */
    public Map<Long, Completeness> completeness(Collection<Long> officeIds, FiscalYear year, int quarter) {
        Map<Long, Completeness> found = new LinkedHashMap<>();
        if (officeIds.isEmpty()) {
            return found;
        }
        int items = jdbc.sql("select count(*) from (" + ITEMS_OF_YEAR + ") i").param("y", year.startYear()).query(Integer.class).single();
        jdbc.sql("""
                        with done as (
                            select l.office_id, count(*) as n from portal_link l
                            where l.fiscal_year = :y and l.quarter = :q and l.item_id in (%s)
                            group by l.office_id)
                        select s.ancestor_id,
                               coalesce(sum(d.n) filter (where s.depth = 0), 0) as own,
                               count(*) filter (where s.depth > 0) as below,
                               coalesce(sum(d.n) filter (where s.depth > 0), 0) as below_done
                        from office_scope s left join done d on d.office_id = s.office_id
                        where s.ancestor_id in (:offices)
                        group by s.ancestor_id""".formatted(ITEMS_OF_YEAR))
                .param("y", year.startYear()).param("q", quarter).param("offices", officeIds)
                .query(rs -> {
                    found.put(rs.getLong(1), new Completeness(rs.getLong(1), items, rs.getInt(2), rs.getInt(3), rs.getLong(4)));
                });
        return found;
    }

    /** The offices directly below {@code officeId} in either hierarchy. */
    public List<Long> directlyBelow(long officeId) {
        return jdbc.sql("select office_id from office_scope where ancestor_id = :o and depth = 1").param("o", officeId)
                .query(Long.class).list();
    }

    /**
     * Each office's own items done in each quarter up to {@code lastQuarter}, of every office ({@code officeIds} null)
     * or the given ones, offices that answered nothing included (with 0): the dashboards' figures.
     */
    public List<long[]> ownDone(FiscalYear year, int lastQuarter, Collection<Long> officeIds) {
        String offices = officeIds == null ? "" : " and s.office_id in (:offices)";
        var spec = jdbc.sql("""
                        select s.office_id, q.quarter, count(l.item_id)
                        from office_scope s cross join generate_series(1, :last) as q(quarter)
                        left join portal_link l on l.office_id = s.office_id and l.fiscal_year = :y and l.quarter = q.quarter
                             and l.item_id in (%s)
                        where s.depth = 0%s
                        group by s.office_id, q.quarter""".formatted(ITEMS_OF_YEAR, offices))
                .param("y", year.startYear()).param("last", lastQuarter);
        if (officeIds != null) {
            if (officeIds.isEmpty()) {
                return List.of();
            }
            spec = spec.param("offices", officeIds);
        }
        return spec.query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getLong(3)}).list();
    }

    /**
     * Offices that keep the checklist (they gave a link in some quarter) whose checklist of the quarter is not
     * complete: the open deadlines. An office that never answered is left to its superiors' pages and the dashboards
     * (0 %), as meeting, decision and plan remind only offices with a team, decisions or a plan.
     */
    public List<Long> incomplete(FiscalYear year, int quarter) {
        return jdbc.sql("""
                        with keeping as (select distinct office_id from portal_link)
                        select k.office_id from keeping k
                        left join portal_link l on l.office_id = k.office_id and l.fiscal_year = :y and l.quarter = :q
                             and l.item_id in (%s)
                        group by k.office_id
                        having count(l.item_id) < (select count(*) from (%s) i)
                        order by k.office_id""".formatted(ITEMS_OF_YEAR, ITEMS_OF_YEAR))
                .param("y", year.startYear()).param("q", quarter).query(Long.class).list();
    }

    /** The latest quarter the office gave any link for, as {year, quarter}, or null. */
    public int[] latestAnswered(long officeId) {
        return jdbc.sql("select fiscal_year, quarter from portal_link where office_id = :o order by fiscal_year desc, quarter desc limit 1")
                .param("o", officeId).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional().orElse(null);
    }
}
