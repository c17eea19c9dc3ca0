package bd.udbhabon.inbox.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.inbox.InboxKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox's SQL: items, the filters of a page, the sender's superiors over {@code office_scope}. */
@Repository
public class InboxRepository {

    private static final String COLUMNS = """
            id, to_office_id, from_office_id, kind, reference, title_bn, title_en, link, paper_id, sent_on, received_at,
            status, acknowledged_by_name, acknowledged_at""";

    private final JdbcClient jdbc;
    private volatile Long cabinetDivision;

    InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sender's direct superiors in either hierarchy. */
    List<Long> superiorsOf(long officeId) {
        return jdbc.sql("select ancestor_id from office_scope where office_id = ? and depth = 1 order by ancestor_id")
                .param(officeId).query(Long.class).list();
    }

    /** The offices directly below, in either hierarchy (the page's "office below" filter). */
    List<Long> directlyBelow(long officeId) {
        return jdbc.sql("select office_id from office_scope where ancestor_id = ? and depth = 1 order by office_id")
                .param(officeId).query(Long.class).list();
    }

    String levelOf(long officeId) {
        return jdbc.sql("select level from office_scope where office_id = ? and depth = 0").param(officeId)
                .query(String.class).optional().orElse(null);
    }

    /** The Cabinet Division, the registry's root: kept once found (asked on every supervision refresh). */
    Optional<Long> cabinetDivision() {
        if (cabinetDivision == null) {
            cabinetDivision = jdbc.sql("select office_id from office_scope where level = 'CABINET_DIVISION' and depth = 0 order by office_id limit 1")
                    .query(Long.class).optional().orElse(null);
        }
        return Optional.ofNullable(cabinetDivision);
    }

    /** Stores the item, or receives it again (a new paper, a new day, to acknowledge again); its id. */
    long receive(long to, long from, InboxKind kind, String reference, String titleBn, String titleEn, String link,
                 Long paperId, LocalDate sentOn) {
        return jdbc.sql("""
                        insert into inbox_item (to_office_id, from_office_id, kind, reference, title_bn, title_en, link, paper_id, sent_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (to_office_id, reference) do update set
                            title_bn = excluded.title_bn, title_en = excluded.title_en, link = excluded.link,
                            paper_id = excluded.paper_id, sent_on = excluded.sent_on, received_at = now(), status = 'RECEIVED',
                            acknowledged_by = null, acknowledged_by_name = null, acknowledged_at = null
                        returning id""")
                .params(to, from, kind.key(), reference, clip(titleBn), clip(titleEn), link, paperId, sentOn)
                .query(Long.class).single();
    }

    Optional<InboxItem> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from inbox_item where id = ?").param(id).query(InboxRepository::item).optional();
    }

    /** Locks the item's row for its step. */
    void lock(long id) {
        jdbc.sql("select id from inbox_item where id = ? for update").param(id).query(Long.class).optional();
    }

    void acknowledge(long id, Long accountId, String name) {
        jdbc.sql("""
                update inbox_item set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_by_name = ?, acknowledged_at = now()
                where id = ?""").params(accountId, name, id).update();
    }

    /** What a page filters by; null: any. {@code below}: senders in this office's scope. */
    public record Filter(InboxKind kind, InboxItem.Status status, Long below, FiscalYear year) {
    }

    public record Page(List<InboxItem> items, long total, int page, int size) {
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public int pageCount() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    Page page(long to, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where to_office_id = :to");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("to", to);
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind().key());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.below() != null) {
            where.append(" and from_office_id in (select office_id from office_scope where ancestor_id = :below)");
            params.put("below", filter.below());
        }
        if (filter.year() != null) {
            where.append(" and sent_on between :start and :end");
            params.put("start", filter.year().start());
            params.put("end", filter.year().end());
        }
        long total = jdbc.sql("select count(*) from inbox_item" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<InboxItem> items = jdbc.sql("select " + COLUMNS + " from inbox_item" + where
                        + " order by sent_on desc, id desc limit :limit offset :offset")
                .params(params).query(InboxRepository::item).list();
        return new Page(new ArrayList<>(items), total, page, size);
    }

    /** How many items wait to be acknowledged at the office. */
    long waiting(long to) {
        return jdbc.sql("select count(*) from inbox_item where to_office_id = ? and status = 'RECEIVED'").param(to)
                .query(Long.class).single();
    }

    /** What reached {@code to} between the two days (inclusive) from these offices (every office when null): sender, day, kind. */
    List<Reached> reached(long to, LocalDate start, LocalDate end, java.util.Collection<Long> from) {
        String senders = from == null ? "" : " and from_office_id in (:from)";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("to", to);
        params.put("start", start);
        params.put("end", end);
        if (from != null) {
            if (from.isEmpty()) {
                return List.of();
            }
            params.put("from", from);
        }
        return jdbc.sql("""
                        select from_office_id, sent_on, kind from inbox_item
                        where to_office_id = :to and sent_on between :start and :end""" + senders)
                .params(params)
                .query((rs, row) -> new Reached(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3))).list();
    }

    record Reached(long fromOfficeId, LocalDate sentOn, String kind) {
    }

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }

    private static InboxItem item(ResultSet rs, int row) throws SQLException {
        long paper = rs.getLong("paper_id");
        Long paperId = rs.wasNull() ? null : paper;
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new InboxItem(rs.getLong("id"), rs.getLong("to_office_id"), rs.getLong("from_office_id"),
                InboxKind.of(rs.getString("kind")).orElseThrow(), rs.getString("reference"), rs.getString("title_bn"),
                rs.getString("title_en"), rs.getString("link"), paperId, rs.getObject("sent_on", LocalDate.class),
                rs.getTimestamp("received_at").toInstant(), InboxItem.Status.valueOf(rs.getString("status")),
                rs.getString("acknowledged_by_name"), ack == null ? null : ack.toInstant());
    }
}
