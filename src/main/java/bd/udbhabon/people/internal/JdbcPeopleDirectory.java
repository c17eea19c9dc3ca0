package bd.udbhabon.people.internal;

import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Holding;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcPeopleDirectory implements PeopleDirectory {

    /** Grades in seniority order, for sorting in SQL. */
    private static final String[] GRADE_ORDER = Arrays.stream(Grade.values()).map(Grade::name).toArray(String[]::new);
    /** A holding that covers the day :date (both ends included). */
    static final String COVERS = "h.held_from <= :date and (h.held_until is null or h.held_until >= :date)";

    private final JdbcClient jdbc;

    JdbcPeopleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Post> post(long id) {
        return jdbc.sql("select " + Rows.POST_COLUMNS + " from post p where p.id = :id")
                .param("id", id).query(Rows::post).optional();
    }

    @Override
    public Map<Long, Post> posts(Collection<Long> ids) {
        var posts = new HashMap<Long, Post>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + Rows.POST_COLUMNS + " from post p where p.id = any(:ids)")
                    .param("ids", ids.toArray(Long[]::new)).query(Rows::post).list().forEach(p -> posts.put(p.id(), p));
        }
        return posts;
    }

    @Override
    public List<Post> activePosts(Collection<Long> officeIds, String titleText, int limit) {
        if (officeIds.isEmpty()) {
            return List.of();
        }
        String text = titleText == null ? "" : bd.udbhabon.bangla.BanglaText.normalize(titleText).strip();
        return jdbc.sql("select " + Rows.POST_COLUMNS + """
                         from post p where p.office_id = any(:offices) and p.active
                          and (:text = '' or strpos(lower(p.title_bn), lower(:text)) > 0
                               or strpos(lower(coalesce(p.title_en, '')), lower(:text)) > 0)
                        order by p.office_id, array_position(:grades::text[], p.grade), p.title_bn collate "bn-x-icu", p.id
                        limit :limit""")
                .param("offices", officeIds.toArray(Long[]::new)).param("text", text).param("grades", GRADE_ORDER)
                .param("limit", limit).query(Rows::post).list();
    }

    @Override
    public List<Post> posts(long officeId) {
        return jdbc.sql("select " + Rows.POST_COLUMNS + """
                         from post p where p.office_id = :office
                        order by not p.active, array_position(:grades::text[], p.grade), p.title_bn collate "bn-x-icu", p.id
                        """)
                .param("office", officeId).param("grades", GRADE_ORDER).query(Rows::post).list();
    }

    @Override
    public Optional<Officer> officer(long id) {
        return jdbc.sql("select " + Rows.OFFICER_COLUMNS + " from officer o where o.id = :id")
                .param("id", id).query(Rows::officer).optional();
    }

    @Override
    public List<Officer> officers(long officeId) {
        return jdbc.sql("select " + Rows.OFFICER_COLUMNS + """
                         from officer o where o.office_id = :office order by o.name_bn collate "bn-x-icu", o.id
                        """)
                .param("office", officeId).query(Rows::officer).list();
    }

    @Override
    public Optional<Officer> holderOn(long postId, LocalDate date) {
        return Optional.ofNullable(holdersOn(List.of(postId), date).get(postId));
    }

    @Override
    public List<Holding> history(long postId) {
        return jdbc.sql("select " + Rows.HOLDING_COLUMNS + " from holding h where h.post_id = :post order by h.held_from")
                .param("post", postId).query(Rows::holding).list();
    }

    @Override
    public List<Holding> holdingsOf(long officerId) {
        return jdbc.sql("select " + Rows.HOLDING_COLUMNS + " from holding h where h.officer_id = :officer order by h.held_from, h.post_id")
                .param("officer", officerId).query(Rows::holding).list();
    }

    @Override
    public Map<Long, Officer> holdersOn(Collection<Long> postIds, LocalDate date) {
        var holders = new HashMap<Long, Officer>();
        if (postIds.isEmpty()) {
            return holders;
        }
        jdbc.sql("select h.post_id, " + Rows.OFFICER_COLUMNS + """
                         from holding h join officer o on o.id = h.officer_id
                        where h.post_id = any(:posts::bigint[]) and\s""" + COVERS)
                .param("posts", postIds.toArray(Long[]::new)).param("date", date)
                .query(rs -> {
                    holders.put(rs.getLong("post_id"), Rows.officer(rs, 0));
                });
        return holders;
    }

    @Override
    public Set<Long> vacantOn(Collection<Long> postIds, LocalDate date) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct h.post_id from holding h
                        where h.post_id = any(:posts::bigint[]) and h.held_until < :date
                          and not exists (select 1 from holding c where c.post_id = h.post_id
                                          and c.held_from <= :date and (c.held_until is null or c.held_until >= :date))""")
                .param("posts", postIds.toArray(Long[]::new)).param("date", date).query(Long.class).list());
    }

    @Override
    public Map<Long, Holding> holdingsOn(Collection<Long> postIds, LocalDate date) {
        var holdings = new HashMap<Long, Holding>();
        if (postIds.isEmpty()) {
            return holdings;
        }
        jdbc.sql("select " + Rows.HOLDING_COLUMNS + " from holding h where h.post_id = any(:posts::bigint[]) and " + COVERS)
                .param("posts", postIds.toArray(Long[]::new)).param("date", date)
                .query(Rows::holding).list()
                .forEach(h -> holdings.put(h.postId(), h));
        return holdings;
    }
}
