package bd.udbhabon.office.internal;

import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePage;
import bd.udbhabon.office.OfficeSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOfficeDirectory implements OfficeDirectory {

    private static final String COLUMNS = """
            o.id, o.level, o.name_bn, o.name_en, o.place_bn, o.place_en, o.admin_parent_id, o.line_parent_id,
            o.website, o.email, o.memo_code, o.fax,
            (select count(*) from office c where c.admin_parent_id = o.id or c.line_parent_id = o.id) as child_count
            """;
    private static final String LEVEL_RANK = """
            array_position(array['CABINET_DIVISION','MINISTRY','DIRECTORATE','DIVISION','DISTRICT','UPAZILA','OTHER'], o.level)
            """;

    private final JdbcClient jdbc;

    JdbcOfficeDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Office> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from office o where o.id = :id")
                .param("id", id)
                .query(JdbcOfficeDirectory::map)
                .optional();
    }

    @Override
    public Map<Long, Office> findAll(Collection<Long> ids) {
        Map<Long, Office> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + COLUMNS + " from office o where o.id = any(:ids)")
                    .param("ids", ids.stream().distinct().toArray(Long[]::new))
                    .query(JdbcOfficeDirectory::map)
                    .list()
                    .forEach(office -> found.put(office.id(), office));
        }
        return found;
    }

    @Override
    public OfficePage search(OfficeSearch search) {
        var where = new ArrayList<String>();
        var params = new java.util.HashMap<String, Object>();
        if (search.level() != null) {
            where.add("o.level = :level");
            params.put("level", search.level().name());
        }
        if (search.parentId() != null) {
            where.add("(o.admin_parent_id = :parent or o.line_parent_id = :parent)");
            params.put("parent", search.parentId());
        }
        if (search.withinId() != null) {
            where.add("o.id in (select s.office_id from office_scope s where s.ancestor_id = :within and s.depth > 0)");
            params.put("within", search.withinId());
        }
        String text = search.text() == null ? "" : BanglaText.normalize(search.text().strip()).toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            where.add("o.search_text like :contains escape '\\'");
            params.put("contains", "%" + escapeLike(text) + "%");
            params.put("prefix", escapeLike(text) + "%");
        }
        String whereSql = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        // Offices whose place or name starts with the text come first: 'dinaj' puts the district before its upazilas' mentions.
        String order = text.isEmpty()
                ? LEVEL_RANK + ", coalesce(o.place_bn, o.name_bn) collate \"bn-x-icu\", o.id"
                : """
                  (lower(coalesce(o.place_bn, '')) like :prefix escape '\\' or lower(coalesce(o.place_en, '')) like :prefix escape '\\'
                   or lower(o.name_bn) like :prefix escape '\\' or lower(o.name_en) like :prefix escape '\\') desc,
                  """ + LEVEL_RANK + ", coalesce(o.place_bn, o.name_bn) collate \"bn-x-icu\", o.id";
        long total = jdbc.sql("select count(*) from office o" + whereSql).params(params).query(Long.class).single();
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        List<Office> items = jdbc.sql("select " + COLUMNS + " from office o" + whereSql
                        + " order by " + order + " limit :limit offset :offset")
                .params(params)
                .query(JdbcOfficeDirectory::map)
                .list();
        return new OfficePage(items, total, search.page(), search.size());
    }

    @Override
    public List<Office> adminAncestors(long id) {
        return jdbc.sql("""
                        with recursive up(id, depth) as (
                            select admin_parent_id, 1 from office where id = :id and admin_parent_id is not null
                            union all
                            select o.admin_parent_id, up.depth + 1 from office o join up on o.id = up.id
                            where o.admin_parent_id is not null and up.depth < 20
                        )
                        select %s from office o join up on o.id = up.id order by up.depth desc
                        """.formatted(COLUMNS))
                .param("id", id)
                .query(JdbcOfficeDirectory::map)
                .list();
    }

    @Override
    public java.util.Set<Long> superiorIds(long id) {
        return new java.util.LinkedHashSet<>(jdbc.sql(
                        "select ancestor_id from office_scope where office_id = :id and depth > 0 order by depth, ancestor_id")
                .param("id", id)
                .query(Long.class)
                .list());
    }

    @Override
    public Map<OfficeLevel, Long> countByLevel() {
        var counts = new EnumMap<OfficeLevel, Long>(OfficeLevel.class);
        for (OfficeLevel level : OfficeLevel.values()) {
            counts.put(level, 0L);
        }
        jdbc.sql("select level, count(*) as n from office group by level")
                .query((ResultSet rs) -> {
                    counts.put(OfficeLevel.valueOf(rs.getString("level")), rs.getLong("n"));
                });
        return counts;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Office map(ResultSet rs, int row) throws SQLException {
        return new Office(
                rs.getLong("id"),
                OfficeLevel.valueOf(rs.getString("level")),
                rs.getString("name_bn"),
                rs.getString("name_en"),
                rs.getString("place_bn"),
                rs.getString("place_en"),
                rs.getObject("admin_parent_id", Long.class),
                rs.getObject("line_parent_id", Long.class),
                rs.getString("website"),
                rs.getString("email"),
                rs.getString("memo_code"),
                rs.getInt("child_count"),
                rs.getString("fax"));
    }
}
