package bd.udbhabon.meeting.internal;

import bd.udbhabon.decision.Owner;
import bd.udbhabon.document.Minutes;
import bd.udbhabon.meeting.MinutesBook.Comment;
import bd.udbhabon.meeting.MinutesBook.Published;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesContent.DecisionEntry;
import bd.udbhabon.meeting.MinutesContent.DecisionKind;
import bd.udbhabon.meeting.MinutesContent.Item;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.team.CommitteeRole;
import bd.udbhabon.team.SubCommittees;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The minutes' rows in {@code V11__minutes.sql}: versions, their items, decisions, committees and comments. SQL only. */
@Repository
class MinutesRepository {

    private final JdbcClient jdbc;

    MinutesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- reading

    List<MinutesVersion> versions(long officeId, long meetingId) {
        return jdbc.sql(SELECT + " where m.office_id = ? and n.meeting_id = ? order by n.version")
                .params(officeId, meetingId).query(MinutesRepository::row).list().stream().map(this::withContent).toList();
    }

    /** The office's latest issued minutes of a meeting before {@code meetingDate}: the one the next issue form starts from. */
    Optional<MinutesVersion> lastIssuedBefore(long officeId, java.time.LocalDate meetingDate) {
        return jdbc.sql(SELECT + """
                         where m.office_id = ? and m.meeting_date < ? and n.status = 'ISSUED'
                        order by m.meeting_date desc, n.version desc limit 1""")
                .params(officeId, meetingDate).query(MinutesRepository::row).optional();
    }

    Optional<MinutesVersion> version(long officeId, long minutesId) {
        return jdbc.sql(SELECT + " where m.office_id = ? and n.id = ?").params(officeId, minutesId)
                .query(MinutesRepository::row).optional().map(this::withContent);
    }

    List<Comment> comments(long minutesId) {
        return jdbc.sql("select id, author_bn, text_bn, created_at from minutes_comment where minutes_id = ? order by id")
                .param(minutesId)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The issued version's paper (in {@code paper}'s store). */
    Optional<Long> paperId(long officeId, long minutesId) {
        return jdbc.sql("select n.paper_id from minutes n join meeting m on m.id = n.meeting_id where m.office_id = ? and n.id = ? and n.paper_id is not null")
                .params(officeId, minutesId).query(Long.class).optional();
    }

    /** The office's published minutes, newest first, each with its meeting's serial in both languages. */
    List<Published> published(long officeId, Map<Long, String> serialsBn, Map<Long, String> serialsEn) {
        return jdbc.sql("""
                        select n.id, n.meeting_id, n.version, m.meeting_date, n.memo_number, n.issued_on
                        from minutes n join meeting m on m.id = n.meeting_id
                        where m.office_id = ? and n.status = 'ISSUED' and n.published_on is not null
                        order by m.meeting_date desc, n.version desc""")
                .param(officeId)
                .query((rs, n) -> new Published(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        serialsBn.get(rs.getLong(2)), serialsEn.get(rs.getLong(2)), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(3) > 1))
                .list();
    }

    /** The paper of an issued and published version; empty for anything else. */
    Optional<Long> publishedPaperId(long officeId, long minutesId) {
        return jdbc.sql("""
                        select n.paper_id from minutes n join meeting m on m.id = n.meeting_id
                        where m.office_id = ? and n.id = ? and n.status = 'ISSUED' and n.published_on is not null and n.paper_id is not null""")
                .params(officeId, minutesId).query(Long.class).optional();
    }

    // ---- writing

    /** Version 1 of a meeting's minutes (its content is written by {@link #writeContent}). */
    long insertFirst(long meetingId, MinutesContent content) {
        return jdbc.sql("""
                        insert into minutes (meeting_id, version, status, style, chair_name_bn, chair_designation_bn)
                        values (?, 1, ?, ?, ?, ?) returning id""")
                .params(meetingId, MinutesWorkflow.START.name(), content.style().name(), content.chairNameBn(), content.chairDesignationBn())
                .query(Long.class).single();
    }

    /** The next version, correcting {@code issued}, with its distribution and copy lists. */
    long insertCorrection(MinutesVersion issued, String note) {
        MinutesContent c = issued.content();
        return jdbc.sql("""
                        insert into minutes (meeting_id, version, supersedes_id, status, style, chair_name_bn, chair_designation_bn,
                                             correction_note_bn, distribution_bn, copies_bn)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(issued.meetingId(), issued.version() + 1, issued.id(), MinutesWorkflow.START.name(), c.style().name(),
                        c.chairNameBn(), c.chairDesignationBn(), note, issued.distribution().toArray(String[]::new),
                        issued.copies().toArray(String[]::new))
                .query(Long.class).single();
    }

    /** A draft's or circulated version's new state after an edit: a lapsed approval is forgotten (there is none in those states). */
    void edited(long id, MinutesStatus status) {
        jdbc.sql("update minutes set status = ?, approved_on = null, approved_by = null, updated_at = now() where id = ?")
                .params(status.name(), id).update();
    }

    void circulated(long id, MinutesStatus status, LocalDate on) {
        jdbc.sql("update minutes set status = ?, circulated_on = ?, updated_at = now() where id = ?")
                .params(status.name(), on, id).update();
    }

    void approved(long id, MinutesStatus status, LocalDate on, Long accountId) {
        jdbc.sql("update minutes set status = ?, approved_on = ?, approved_by = ?, updated_at = now() where id = ?")
                .params(status.name(), on, accountId, id).update();
    }

    /** What issuing stores on an approved version (the status, only if it is still approved). */
    record IssuedRow(MinutesStatus status, String memoNumber, LocalDate issuedOn, String signatoryNameBn,
                     String signatoryDesignationBn, String signatoryPhone, String signatoryEmail, List<String> distribution,
                     List<String> copies, String rateTextBn, long paperId, LocalDate publishedOn,
                     LocalDate sentToCabinetOn) {
    }

    void issued(long id, IssuedRow r) {
        jdbc.sql("""
                        update minutes set status = ?, memo_number = ?, issued_on = ?, signatory_name_bn = ?,
                               signatory_designation_bn = ?, signatory_phone = ?, signatory_email = ?, distribution_bn = ?, copies_bn = ?,
                               rate_text_bn = ?, paper_id = ?, published_on = ?, sent_to_cabinet_on = ?, updated_at = now()
                        where id = ? and status = 'APPROVED'""")
                .params(r.status().name(), r.memoNumber(), r.issuedOn(), r.signatoryNameBn(), r.signatoryDesignationBn(),
                        r.signatoryPhone(), r.signatoryEmail(), r.distribution().toArray(String[]::new),
                        r.copies().toArray(String[]::new), r.rateTextBn(), r.paperId(), r.publishedOn(),
                        r.sentToCabinetOn(), id)
                .update();
    }

    void sentToCabinet(long id, LocalDate on) {
        jdbc.sql("update minutes set sent_to_cabinet_on = ?, updated_at = now() where id = ?").params(on, id).update();
    }

    void addComment(long minutesId, Long accountId, String authorBn, String textBn) {
        jdbc.sql("insert into minutes_comment (minutes_id, account_id, author_bn, text_bn) values (?, ?, ?, ?)")
                .params(minutesId, accountId, authorBn, textBn).update();
    }

    /** Replaces the version's content: its frame, items, decisions and sub-committee members. */
    void writeContent(long id, MinutesContent c) {
        jdbc.sql("""
                        update minutes set style = ?, title_bn = ?, subject_bn = ?, opening_bn = ?, items_intro_bn = ?, closing_bn = ?,
                               chair_name_bn = ?, chair_designation_bn = ?, correction_note_bn = ?
                        where id = ?""")
                .params(c.style().name(), clean(c.titleBn()), clean(c.subjectBn()),
                        c.opening().stream().map(Inputs::clean).filter(s -> s != null).toArray(String[]::new),
                        clean(c.itemsIntroBn()), clean(c.closingBn()), clean(c.chairNameBn()), clean(c.chairDesignationBn()),
                        clean(c.correctionNoteBn()), id)
                .update();
        jdbc.sql("delete from minutes_item where minutes_id = ?").param(id).update();
        for (int i = 0; i < c.items().size(); i++) {
            Item item = c.items().get(i);
            int position = i + 1;
            jdbc.sql("insert into minutes_item (minutes_id, position, kind, subject_bn, target_bn, discussion_bn) values (?, ?, ?, ?, ?, ?)")
                    .params(id, position, item.kind().name(), clean(item.subjectBn()), clean(item.targetBn()), clean(item.discussionBn()))
                    .update();
            for (int d = 0; d < item.decisions().size(); d++) {
                DecisionEntry e = item.decisions().get(d);
                jdbc.sql("""
                                insert into minutes_decision (minutes_id, item_position, position, text_bn, due_on, kind, owner_keys,
                                                              owner_labels_bn, committee_name_bn, coopt_post_id, decision_id)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, position, d + 1, clean(e.textBn()), e.dueOn(), e.kind().name(),
                                e.owners().stream().map(Owner::key).toArray(String[]::new),
                                e.owners().stream().map(o -> o.labelBn().strip()).toArray(String[]::new),
                                e.kind() == DecisionKind.SUB_COMMITTEE ? clean(e.committeeNameBn()) : null,
                                e.kind() == DecisionKind.COOPT ? e.cooptPostId() : null, e.registerId())
                        .update();
                if (e.kind() == DecisionKind.SUB_COMMITTEE) {
                    for (int k = 0; k < e.committee().size(); k++) {
                        SubCommittees.Member m = e.committee().get(k);
                        jdbc.sql("""
                                        insert into minutes_committee_member (minutes_id, item_position, decision_position, position, post_id,
                                                                              label_bn, role) values (?, ?, ?, ?, ?, ?, ?)""")
                                .params(id, position, d + 1, k + 1, m.postId(), m.labelBn().strip(), m.role().name()).update();
                    }
                }
            }
        }
    }

    // ---- rows

    private static String clean(String s) {
        return Inputs.clean(s);
    }

    private static final String SELECT = """
            select n.id, n.meeting_id, m.office_id, n.version, n.supersedes_id, n.status, n.style, n.title_bn, n.subject_bn,
                   n.opening_bn, n.items_intro_bn, n.closing_bn, n.chair_name_bn, n.chair_designation_bn, n.correction_note_bn,
                   n.circulated_on, n.approved_on, n.memo_number, n.issued_on, n.signatory_name_bn, n.signatory_designation_bn,
                   n.distribution_bn, n.copies_bn, n.rate_text_bn, n.published_on, n.sent_to_cabinet_on
            from minutes n join meeting m on m.id = n.meeting_id""";

    /** The version's row with its content's frame; the items are read after the result set is closed. */
    private static MinutesVersion row(ResultSet rs, int n) throws SQLException {
        MinutesContent frame = new MinutesContent(Minutes.Style.valueOf(rs.getString("style")), rs.getString("title_bn"),
                rs.getString("subject_bn"), strings(rs.getArray("opening_bn")), rs.getString("items_intro_bn"), List.of(),
                rs.getString("closing_bn"), rs.getString("chair_name_bn"), rs.getString("chair_designation_bn"),
                rs.getString("correction_note_bn"));
        return new MinutesVersion(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("office_id"), rs.getInt("version"),
                (Long) rs.getObject("supersedes_id"), MinutesStatus.valueOf(rs.getString("status")), frame,
                rs.getObject("circulated_on", LocalDate.class), rs.getObject("approved_on", LocalDate.class),
                rs.getString("memo_number"), rs.getObject("issued_on", LocalDate.class), rs.getString("signatory_name_bn"),
                rs.getString("signatory_designation_bn"), strings(rs.getArray("distribution_bn")), strings(rs.getArray("copies_bn")),
                rs.getString("rate_text_bn"), rs.getObject("published_on", LocalDate.class),
                rs.getObject("sent_to_cabinet_on", LocalDate.class));
    }

    private MinutesVersion withContent(MinutesVersion v) {
        Map<String, List<SubCommittees.Member>> committees = new HashMap<>();
        jdbc.sql("""
                        select item_position, decision_position, post_id, label_bn, role from minutes_committee_member
                        where minutes_id = ? order by item_position, decision_position, position""")
                .param(v.id())
                .query((rs, n) -> committees.computeIfAbsent(rs.getInt(1) + ":" + rs.getInt(2), k -> new ArrayList<>())
                        .add(new SubCommittees.Member((Long) rs.getObject(3), rs.getString(4), CommitteeRole.valueOf(rs.getString(5)))))
                .list();
        Map<Integer, List<DecisionEntry>> decisionsByItem = new HashMap<>();
        jdbc.sql("""
                        select item_position, position, text_bn, due_on, kind, owner_keys, owner_labels_bn, committee_name_bn,
                               coopt_post_id, decision_id
                        from minutes_decision where minutes_id = ? order by item_position, position""")
                .param(v.id())
                .query((rs, n) -> {
                    List<String> keys = strings(rs.getArray(6));
                    List<String> labels = strings(rs.getArray(7));
                    List<Owner> owners = new ArrayList<>();
                    for (int k = 0; k < keys.size(); k++) {
                        Owner.fromKey(keys.get(k), labels.get(k)).ifPresent(owners::add);
                    }
                    return decisionsByItem.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new DecisionEntry(
                            rs.getString(3), rs.getObject(4, LocalDate.class), owners, DecisionKind.valueOf(rs.getString(5)),
                            rs.getString(8), committees.getOrDefault(rs.getInt(1) + ":" + rs.getInt(2), List.of()),
                            (Long) rs.getObject(9), (Long) rs.getObject(10)));
                })
                .list();
        List<Item> items = jdbc.sql("select position, kind, subject_bn, target_bn, discussion_bn from minutes_item where minutes_id = ? order by position")
                .param(v.id())
                .query((rs, n) -> new Item(ItemKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        decisionsByItem.getOrDefault(rs.getInt(1), List.of())))
                .list();
        MinutesContent f = v.content();
        return new MinutesVersion(v.id(), v.meetingId(), v.officeId(), v.version(), v.supersedesId(), v.status(),
                new MinutesContent(f.style(), f.titleBn(), f.subjectBn(), f.opening(), f.itemsIntroBn(), items, f.closingBn(),
                        f.chairNameBn(), f.chairDesignationBn(), f.correctionNoteBn()),
                v.circulatedOn(), v.approvedOn(), v.memoNumber(), v.issuedOn(), v.signatoryNameBn(), v.signatoryDesignationBn(),
                v.distribution(), v.copies(), v.rateTextBn(), v.publishedOn(), v.sentToCabinetOn());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
