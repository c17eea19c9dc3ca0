package bd.udbhabon.meeting.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.BanglaTime;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.document.AttendanceSheet;
import bd.udbhabon.document.DocxRenderer;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.Minutes;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.document.Signature;
import bd.udbhabon.document.UnprintableCharacterException;
import bd.udbhabon.meeting.AttendanceStatus;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingSerials;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesContent.DecisionEntry;
import bd.udbhabon.meeting.MinutesContent.DecisionKind;
import bd.udbhabon.meeting.MinutesContent.Item;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.CommitteeRole;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.SubCommittees;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** Minutes in {@code V11__minutes.sql}; decisions into {@link DecisionRegister}, papers through {@link MemoNumbering}. */
@Service
class MinutesService implements MinutesBook {

    private static final Logger log = LoggerFactory.getLogger(MinutesService.class);

    static final int MAX_ITEMS = 60;
    static final int MAX_DECISIONS = 20;
    static final String CONFIRMATION_SUBJECT = "গত সভার কার্যবিবরণী অনুমোদন";
    static final String RATE_SUBJECT = "পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন হার";

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final Teams teams;
    private final TeamFormation formation;
    private final SubCommittees subCommittees;
    private final Decisions decisions;
    private final DecisionRegister register;
    private final MemoNumbering numbering;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final Mailer mailer;
    private final MemberMail memberMail;
    private final AccessPolicy access;
    private final AuditLog audit;

    MinutesService(JdbcClient jdbc, Meetings meetings, OfficeDirectory offices, PeopleDirectory people, Teams teams,
                   TeamFormation formation, SubCommittees subCommittees, Decisions decisions, DecisionRegister register,
                   MemoNumbering numbering, PdfRenderer pdf, DocxRenderer docx, Mailer mailer, MemberMail memberMail,
                   AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.offices = offices;
        this.people = people;
        this.teams = teams;
        this.formation = formation;
        this.subCommittees = subCommittees;
        this.decisions = decisions;
        this.register = register;
        this.numbering = numbering;
        this.pdf = pdf;
        this.docx = docx;
        this.mailer = mailer;
        this.memberMail = memberMail;
        this.access = access;
        this.audit = audit;
    }

    // ---- reading

    @Override
    public List<MinutesVersion> versions(long officeId, long meetingId) {
        return jdbc.sql(SELECT + " where m.office_id = ? and n.meeting_id = ? order by n.version")
                .params(officeId, meetingId).query(MinutesService::row).list().stream().map(this::withContent).toList();
    }

    @Override
    public Optional<MinutesVersion> version(long officeId, long minutesId) {
        return jdbc.sql(SELECT + " where m.office_id = ? and n.id = ?").params(officeId, minutesId)
                .query(MinutesService::row).optional().map(this::withContent);
    }

    @Override
    public Standing standing(long officeId, long meetingId) {
        Meeting meeting = meeting(officeId, meetingId);
        Meeting previous = previousHeld(officeId, meeting);
        Office office = offices.require(officeId);
        List<Decision> previousDecisions = previous == null ? List.of() : decisions.ofMeeting(previous.id(), meeting.date()).stream()
                .filter(d -> d.officeId() == officeId).toList();
        // the register's own rate (due decisions only, a group's decision implemented when all its offices are)
        Rate rate = previous == null ? null : Rate.ofDecisions(previousDecisions);
        List<Decision> carried = decisions.carriedInto(officeId, meeting.date());
        String sentence = previous == null ? null
                : "গত " + DualDate.gregorianDate(previous.date()) + " খ্রি. তারিখে অনুষ্ঠিত " + genitive(MeetingService.teamName(office))
                  + " সভায় " + rate.minutesSentenceBn() + droppedBn(previousDecisions);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < carried.size(); i++) {
            Decision d = carried.get(i);
            lines.add(BanglaDigits.toBangla(i + 1) + "। " + d.textBn() + " (" + nz(d.sourceLabelBn(), DualDate.gregorianDate(d.takenOn()))
                      + "; " + d.status().name(true) + ")");
        }
        return new Standing(previous, rate, carried, sentence, lines);
    }

    @Override
    public MinutesContent startingContent(long officeId, long meetingId) {
        Meeting meeting = meeting(officeId, meetingId);
        Office office = offices.require(officeId);
        String team = MeetingService.teamName(office);
        List<Item> items = new ArrayList<>();
        Standing standing = standing(officeId, meetingId);
        Meeting previous = standing.previous();
        if (previous != null) {
            String on = "গত " + DualDate.gregorianDate(previous.date()) + " খ্রি. তারিখে অনুষ্ঠিত " + genitive(team) + " সভার কার্যবিবরণী";
            String corrected = correctionsOf(officeId, previous.id());
            items.add(new Item(ItemKind.CONFIRMATION, CONFIRMATION_SUBJECT, null,
                    on + corrected + "তে কোনরূপ সংশোধনীর প্রয়োজনীয়তা আছে কিনা তা সদস্যদের নিকট জানতে চাওয়া হয়। "
                    + "সভার সদস্যগণ কার্যবিবরণী সঠিকভাবে লিখিত হয়েছে মর্মে সভাকে অবহিত করেন।",
                    List.of(new DecisionEntry(on + corrected + "তে কোনরূপ সংশোধনী না থাকায় সর্বসম্মতিক্রমে তা দৃঢ়ীকরণ করা হয়।",
                            null, List.of(), DecisionKind.PLAIN, null, List.of(), null, null))));
            Rate rate = standing.rate();
            boolean full = rate != null && rate.percent().orElse(0) == 100;
            items.add(new Item(ItemKind.RATE, RATE_SUBJECT, null, null, List.of(new DecisionEntry(
                    full ? "সিদ্ধান্ত বাস্তবায়ন হার শতভাগ অব্যাহত রাখতে হবে।" : "অবাস্তবায়িত সিদ্ধান্তসমূহ দ্রুত বাস্তবায়ন করতে হবে।",
                    null, List.of(Owner.office(officeId, genitive(team) + " সদস্যবৃন্দ")), DecisionKind.PLAIN, null, List.of(), null, null))));
        }
        for (Meeting.AgendaItem a : meeting.agenda()) {
            items.add(new Item(ItemKind.AGENDA, a.titleBn(), null, null, List.of()));
        }
        String title = genitive(team) + " সভার কার্যবিবরণী";
        List<String> opening = List.of("উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করা হয়।");
        return new MinutesContent(Minutes.Style.DECISION_TABLE, title, null, opening,
                "সভায় নিম্নরূপ বিষয়ে আলোচনা ও সিদ্ধান্ত গৃহীত হয়:", items, Minutes.DEFAULT_CLOSING,
                meeting.chairNameBn(), meeting.chairDesignationBn(), null);
    }

    @Override
    public List<Comment> comments(long officeId, long minutesId) {
        requireVersion(officeId, minutesId);
        return jdbc.sql("select id, author_bn, text_bn, created_at from minutes_comment where minutes_id = ? order by id")
                .param(minutesId)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    @Override
    public boolean mayApprove(long officeId) {
        return access.allows(Permission.APPROVE_MINUTES, officeId);
    }

    @Override
    public boolean mayComment(long officeId) {
        return access.allows(Permission.COMMENT, officeId) || access.allows(Permission.WRITE_RECORDS, officeId);
    }

    @Override
    public Optional<byte[]> pdf(long officeId, long minutesId) {
        return jdbc.sql("select n.pdf from minutes n join meeting m on m.id = n.meeting_id where m.office_id = ? and n.id = ? and n.pdf is not null")
                .params(officeId, minutesId).query(byte[].class).optional();
    }

    @Override
    public Optional<byte[]> docx(long officeId, long minutesId) {
        return jdbc.sql("select n.docx from minutes n join meeting m on m.id = n.meeting_id where m.office_id = ? and n.id = ? and n.docx is not null")
                .params(officeId, minutesId).query(byte[].class).optional();
    }

    @Override
    public List<Published> published(long officeId) {
        List<Meeting> all = meetings.list(officeId);
        Map<Long, Integer> numbers = MeetingSerials.of(all);
        Map<Long, String> serials = new HashMap<>();
        all.stream().filter(m -> numbers.containsKey(m.id()))
                .forEach(m -> serials.put(m.id(), MeetingSerials.label(m, numbers.get(m.id()), true)));
        return jdbc.sql("""
                        select n.id, n.meeting_id, n.version, m.meeting_date, n.memo_number, n.issued_on
                        from minutes n join meeting m on m.id = n.meeting_id
                        where m.office_id = ? and n.status = 'ISSUED' and n.published_on is not null
                        order by m.meeting_date desc, n.version desc""")
                .param(officeId)
                .query((rs, n) -> new Published(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        serials.get(rs.getLong(2)), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(3) > 1))
                .list();
    }

    @Override
    public Optional<byte[]> publishedPdf(long officeId, long minutesId) {
        return jdbc.sql("""
                        select n.pdf from minutes n join meeting m on m.id = n.meeting_id
                        where m.office_id = ? and n.id = ? and n.status = 'ISSUED' and n.published_on is not null""")
                .params(officeId, minutesId).query(byte[].class).optional();
    }

    // ---- drafting

    @Override
    @Transactional
    public MinutesVersion saveDraft(long officeId, long meetingId, MinutesContent content) {
        requireWrite(officeId);
        Meeting meeting = meeting(officeId, meetingId);
        if (meeting.status() != MeetingStatus.HELD) {
            throw UserFacingException.badRequest("minutes.error.notHeld");
        }
        Optional<MinutesVersion> open = versions(officeId, meetingId).stream().filter(MinutesVersion::editable).findFirst();
        if (open.isEmpty() && !versions(officeId, meetingId).isEmpty()) {
            throw UserFacingException.badRequest("minutes.error.issued");
        }
        validate(officeId, meeting, content, open.map(MinutesVersion::correction).orElse(false));
        long id;
        if (open.isEmpty()) {
            id = jdbc.sql("""
                            insert into minutes (meeting_id, version, style, chair_name_bn, chair_designation_bn)
                            values (?, 1, ?, ?, ?) returning id""")
                    .params(meetingId, content.style().name(), content.chairNameBn(), content.chairDesignationBn())
                    .query(Long.class).single();
        } else {
            id = open.get().id();
        }
        writeContent(id, content);
        // Approval was of what the chair read; changed minutes go back to a draft the chair approves again.
        jdbc.sql("""
                        update minutes set status = case when status = 'APPROVED' then 'DRAFT' else status end,
                               approved_on = case when status = 'APPROVED' then null else approved_on end,
                               approved_by = case when status = 'APPROVED' then null else approved_by end, updated_at = now()
                        where id = ?""").param(id).update();
        MinutesVersion saved = version(officeId, id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), open.isEmpty() ? "minutes.drafted" : "minutes.updated", "minutes",
                String.valueOf(id), officeId, open.map(MinutesVersion::content).orElse(null), saved.content()));
        return saved;
    }

    private void validate(long officeId, Meeting meeting, MinutesContent c, boolean correction) {
        FormErrors errors = new FormErrors();
        if (c.style() == null) {
            errors.add("style", "minutes.error.style");
        }
        if (blank(c.titleBn()) && blank(c.subjectBn())) {
            errors.add("title", "minutes.error.title");
        }
        if (blank(c.chairNameBn())) {
            errors.add("chairName", "minutes.error.chairName");
        }
        if (blank(c.chairDesignationBn())) {
            errors.add("chairDesignation", "minutes.error.chairDesignation");
        }
        if (correction && blank(c.correctionNoteBn())) {
            errors.add("correctionNote", "minutes.error.correctionNote");
        }
        if (c.items().stream().noneMatch(i -> i.kind() == ItemKind.AGENDA)) {
            errors.add("items", "minutes.error.noItems");
        }
        if (c.items().size() > MAX_ITEMS) {
            errors.add("items", "minutes.error.tooManyItems", MAX_ITEMS);
        }
        Set<String> ownerKeys = register.ownerChoices(officeId).stream().map(OwnerChoice::key).collect(Collectors.toSet());
        Set<Long> officePosts = people.posts(officeId).stream().map(Post::id).collect(Collectors.toSet());
        Set<Long> teamPosts = teams.onDate(officeId, meeting.date()).map(t -> t.members().stream().map(m -> m.post().id())
                .collect(Collectors.toSet())).orElse(Set.of());
        for (int i = 0; i < c.items().size(); i++) {
            Item item = c.items().get(i);
            String at = "item_" + i;
            if (blank(item.subjectBn())) {
                errors.add(at + "_subject", "minutes.error.subject");
            }
            if (item.kind() == ItemKind.AGENDA && blank(item.discussionBn()) && item.decisions().isEmpty()) {
                errors.add(at + "_discussion", "minutes.error.discussion");
            }
            if (item.decisions().size() > MAX_DECISIONS) {
                errors.add(at + "_subject", "minutes.error.tooManyDecisions", MAX_DECISIONS);
            }
            for (int d = 0; d < item.decisions().size(); d++) {
                DecisionEntry e = item.decisions().get(d);
                String dat = at + "_d_" + d;
                if (blank(e.textBn()) || e.textBn().length() > 4000) {
                    errors.add(dat + "_text", "minutes.error.decisionText");
                }
                if (e.dueOn() != null && e.dueOn().isBefore(meeting.date())) {
                    errors.add(dat + "_due", "minutes.error.dueBeforeMeeting");
                }
                if (item.kind() == ItemKind.AGENDA && e.owners().isEmpty()) {
                    errors.add(dat + "_owners", "minutes.error.owners");
                }
                for (Owner o : e.owners()) {
                    if (!ownerKeys.contains(o.key())) {
                        errors.add(dat + "_owners", "minutes.error.ownerUnknown");
                    }
                }
                if (e.kind() == DecisionKind.SUB_COMMITTEE) {
                    if (blank(e.committeeNameBn())) {
                        errors.add(dat + "_committeeName", "minutes.error.committeeName");
                    }
                    long conveners = e.committee().stream().filter(m -> m.role() == CommitteeRole.CONVENER).count();
                    long secretaries = e.committee().stream().filter(m -> m.role() == CommitteeRole.MEMBER_SECRETARY).count();
                    if (conveners != 1 || secretaries > 1 || e.committee().size() < 2) {
                        errors.add(dat + "_committee", "minutes.error.committee");
                    }
                    for (SubCommittees.Member m : e.committee()) {
                        if (m.postId() != null && !officePosts.contains(m.postId())) {
                            errors.add(dat + "_committee", "minutes.error.committeePost");
                        }
                    }
                }
                if (e.kind() == DecisionKind.COOPT) {
                    if (e.cooptPostId() == null || !officePosts.contains(e.cooptPostId())) {
                        errors.add(dat + "_coopt", "minutes.error.cooptPost");
                    } else if (teamPosts.contains(e.cooptPostId())) {
                        errors.add(dat + "_coopt", "minutes.error.cooptMember");
                    }
                }
            }
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
    }

    private void writeContent(long id, MinutesContent c) {
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

    // ---- the workflow

    @Override
    @Transactional
    public MinutesVersion circulate(long officeId, long minutesId) {
        requireWrite(officeId);
        MinutesVersion before = requireVersion(officeId, minutesId);
        if (before.status() != MinutesStatus.DRAFT) {
            throw UserFacingException.badRequest("minutes.error.notDraft");
        }
        draftPdf(officeId, before, true); // the members are mailed this paper after the commit: one that cannot be printed changes nothing
        jdbc.sql("update minutes set status = 'CIRCULATED', circulated_on = ?, updated_at = now() where id = ?")
                .params(Dhaka.today(), minutesId).update();
        MinutesVersion after = version(officeId, minutesId).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "minutes.circulated", "minutes", String.valueOf(minutesId), officeId,
                before.status().name(), after.status().name()));
        return after;
    }

    @Override
    public Meetings.Mailing mailCirculated(long officeId, long minutesId) {
        requireWrite(officeId);
        MinutesVersion minutes = requireVersion(officeId, minutesId);
        Meeting meeting = meeting(officeId, minutes.meetingId());
        Office office = offices.require(officeId);
        byte[] paper = previewPdf(officeId, minutesId);
        String what = genitive(MeetingService.teamName(office)) + " " + DualDate.gregorianDate(meeting.date()) + " তারিখের সভার কার্যবিবরণীর খসড়া";
        String html = "<p>" + HtmlUtils.htmlEscape(office.nameBn()) + "</p><p>" + HtmlUtils.htmlEscape(what
                + " মতামতের জন্য সংযুক্ত করা হলো। মতামত উদ্ভাবন-এ কার্যবিবরণীর পাতায় লিখুন।") + "</p>";
        return mail(officeId, meeting, what, html, paper, "minutes-circulated:" + minutesId);
    }

    @Override
    @Transactional
    public void comment(long officeId, long minutesId, String textBn) {
        if (!mayComment(officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        MinutesVersion minutes = requireVersion(officeId, minutesId);
        if (minutes.status() != MinutesStatus.CIRCULATED) {
            throw UserFacingException.badRequest("minutes.error.notCirculated");
        }
        String text = Inputs.clean(textBn);
        if (text == null || text.length() > 4000) {
            throw UserFacingException.invalid(new FormErrors().add("comment", "minutes.error.comment"));
        }
        String author = access.fullNameBn().orElse(access.actor().accountName());
        jdbc.sql("insert into minutes_comment (minutes_id, account_id, author_bn, text_bn) values (?, ?, ?, ?)")
                .params(minutesId, access.accountId().orElse(null), author, text).update();
        audit.record(new AuditEvent(access.actor(), "minutes.commented", "minutes", String.valueOf(minutesId), officeId, null, text));
    }

    @Override
    @Transactional
    public MinutesVersion approve(long officeId, long minutesId, LocalDate approvedOn) {
        if (!mayApprove(officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        MinutesVersion before = requireVersion(officeId, minutesId);
        if (before.status() != MinutesStatus.DRAFT && before.status() != MinutesStatus.CIRCULATED) {
            throw UserFacingException.badRequest("minutes.error.notDraft");
        }
        // The chair signs between the meeting and today; issue then cannot come before the signature.
        Meeting meeting = meeting(officeId, before.meetingId());
        if (approvedOn == null) {
            throw UserFacingException.invalid(new FormErrors().add("approvedOn", "minutes.error.approvedOnMissing"));
        }
        if (approvedOn.isBefore(meeting.date())) {
            throw UserFacingException.invalid(new FormErrors().add("approvedOn", "minutes.error.approvedBeforeMeeting"));
        }
        if (approvedOn.isAfter(Dhaka.today())) {
            throw UserFacingException.invalid(new FormErrors().add("approvedOn", "minutes.error.approvedAfterToday"));
        }
        jdbc.sql("update minutes set status = 'APPROVED', approved_on = ?, approved_by = ?, updated_at = now() where id = ?")
                .params(approvedOn, access.accountId().orElse(null), minutesId).update();
        MinutesVersion after = version(officeId, minutesId).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "minutes.approved", "minutes", String.valueOf(minutesId), officeId,
                before.status().name(), after.status().name()));
        return after;
    }

    @Override
    @Transactional
    public MinutesVersion issue(long officeId, long minutesId, IssueInput in) {
        requireWrite(officeId);
        MinutesVersion minutes = requireVersion(officeId, minutesId);
        if (minutes.status() != MinutesStatus.APPROVED) {
            throw UserFacingException.badRequest(minutes.status() == MinutesStatus.ISSUED ? "minutes.error.issued" : "minutes.error.notApproved");
        }
        Meeting meeting = meeting(officeId, minutes.meetingId());
        FormErrors errors = new FormErrors();
        Optional<MemoNumbering.MemoFile> file = numbering.file(in.memoFileId()).filter(f -> f.officeId() == officeId);
        if (file.isEmpty()) {
            errors.add("memoFile", "meeting.error.memoFile");
        }
        if (in.issuedOn() == null) {
            errors.add("issuedOn", "meeting.error.issuedOn");
        } else if (in.issuedOn().isBefore(meeting.date()) || in.issuedOn().isAfter(Dhaka.today())) {
            errors.add("issuedOn", "minutes.error.issuedOn");
        } else if (minutes.approvedOn() != null && in.issuedOn().isBefore(minutes.approvedOn())) {
            errors.add("issuedOn", "minutes.error.issuedBeforeApproval");
        }
        if (blank(in.signatoryNameBn())) {
            errors.add("signatoryName", "meeting.error.signatoryName");
        }
        if (blank(in.signatoryDesignationBn())) {
            errors.add("signatoryDesignation", "meeting.error.signatoryDesignation");
        }
        if (in.distribution().isEmpty()) {
            errors.add("distribution", "minutes.error.distribution");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Office office = offices.require(officeId);
        MemoNumber memo = numbering.take(file.get().id(), "minutes:" + minutesId);
        Standing standing = standing(officeId, meeting.id());
        MinutesContent recorded = recordDecisions(officeId, meeting, minutes, memo, in.issuedOn());
        writeContent(minutesId, recorded);
        MinutesVersion issued = new MinutesVersion(minutes.id(), minutes.meetingId(), officeId, minutes.version(),
                minutes.supersedesId(), MinutesStatus.ISSUED, recorded, minutes.circulatedOn(), minutes.approvedOn(),
                memo.formatLatin(), in.issuedOn(), in.signatoryNameBn(), in.signatoryDesignationBn(), in.distribution(),
                in.copies(), standing.rateSentenceBn(), in.issuedOn(), in.sendToCabinet() ? in.issuedOn() : null);
        Signature issuer = new Signature(in.signatoryNameBn().strip(), in.signatoryDesignationBn().strip(), clean(in.signatoryPhone()),
                clean(in.signatoryEmail()), in.issuedOn(), office.fax());
        // rendered in this transaction: a paper that cannot be printed takes the memo number and the register rows back with it
        Minutes minutesPaper = paper(office, meeting, issued, standing, memo, issuer);
        var paper = printed(minutesPaper::document, true);
        byte[] pdfBytes = printed(() -> pdf.render(paper), true);
        byte[] docxBytes = printed(() -> docx.render(paper), true);
        jdbc.sql("""
                        update minutes set status = 'ISSUED', memo_number = ?, issued_on = ?, signatory_name_bn = ?,
                               signatory_designation_bn = ?, signatory_phone = ?, signatory_email = ?, distribution_bn = ?, copies_bn = ?,
                               rate_text_bn = ?, pdf = ?, docx = ?, published_on = ?, sent_to_cabinet_on = ?, updated_at = now()
                        where id = ? and status = 'APPROVED'""")
                .params(memo.formatLatin(), in.issuedOn(), in.signatoryNameBn().strip(), in.signatoryDesignationBn().strip(),
                        clean(in.signatoryPhone()), clean(in.signatoryEmail()),
                        in.distribution().toArray(String[]::new), in.copies().toArray(String[]::new), standing.rateSentenceBn(),
                        pdfBytes, docxBytes, in.issuedOn(), in.sendToCabinet() ? in.issuedOn() : null, minutesId)
                .update();
        MinutesVersion after = version(officeId, minutesId).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "minutes.issued", "minutes", String.valueOf(minutesId), officeId,
                minutes.status().name(), Map.of("memo", after.memoNumber(), "issuedOn", in.issuedOn().toString(),
                        "sentToCabinet", in.sendToCabinet())));
        return after;
    }

    /**
     * Records the agenda items' decisions in the register (a correction revises the rows its
     * predecessor recorded, and drops those it no longer has), forms the sub-committees decided and
     * puts co-opted members on the team's change draft. Returns the content with the register's ids.
     */
    private MinutesContent recordDecisions(long officeId, Meeting meeting, MinutesVersion minutes, MemoNumber memo, LocalDate issuedOn) {
        Office office = offices.require(officeId);
        String source = genitive(MeetingService.teamName(office)) + " সভা, " + DualDate.gregorianDate(meeting.date());
        Set<Long> earlier = new HashSet<>();
        if (minutes.supersedesId() != null) {
            versions(officeId, meeting.id()).stream().filter(v -> v.id() == minutes.supersedesId()).findFirst()
                    .ifPresent(v -> v.content().items().forEach(i -> i.decisions().forEach(d -> {
                        if (d.registerId() != null) {
                            earlier.add(d.registerId());
                        }
                    })));
        }
        Set<Long> kept = new HashSet<>();
        List<Item> items = new ArrayList<>();
        List<String> coopted = new ArrayList<>();
        List<Long> cooptPosts = new ArrayList<>();
        for (int i = 0; i < minutes.content().items().size(); i++) {
            Item item = minutes.content().items().get(i);
            List<DecisionEntry> entries = new ArrayList<>();
            for (int d = 0; d < item.decisions().size(); d++) {
                DecisionEntry e = item.decisions().get(d);
                if (item.kind() != ItemKind.AGENDA) {
                    entries.add(e.withRegisterId(null));
                    continue;
                }
                NewDecision decision = new NewDecision(meeting.id(), i + 1, source, meeting.date(), item.subjectBn(), e.textBn(),
                        e.dueOn(), e.owners());
                Long registerId = e.registerId() != null && earlier.contains(e.registerId()) ? e.registerId() : null;
                boolean fresh = registerId == null;
                if (fresh) {
                    registerId = register.record(officeId, decision);
                } else {
                    register.revise(registerId, officeId, decision);
                }
                kept.add(registerId);
                entries.add(e.withRegisterId(registerId));
                if (!fresh) {
                    continue; // what the first issue formed or proposed stands
                }
                String label = source + ", " + BanglaDigits.toBangla(i + 1) + " নং বিষয়";
                if (e.kind() == DecisionKind.SUB_COMMITTEE) {
                    subCommittees.form(officeId, e.committeeNameBn().strip(), e.textBn().strip(), meeting.date(), label, e.committee());
                }
                if (e.kind() == DecisionKind.COOPT) {
                    cooptPosts.add(e.cooptPostId());
                    coopted.add(people.post(e.cooptPostId()).map(Post::titleBn).orElse(""));
                }
            }
            items.add(new Item(item.kind(), item.subjectBn(), item.targetBn(), item.discussionBn(), entries));
        }
        for (Long gone : earlier) {
            if (!kept.contains(gone)) {
                register.changeStatus(gone, officeId, DecisionStatus.DROPPED, issuedOn,
                        "সংশোধিত কার্যবিবরণী (স্মারক নং " + BanglaDigits.toBangla(memo.formatLatin()) + ") থেকে বাদ");
            }
        }
        if (!cooptPosts.isEmpty()) {
            proposeCoopted(officeId, meeting, cooptPosts, coopted, memo, issuedOn);
        }
        MinutesContent c = minutes.content();
        return new MinutesContent(c.style(), c.titleBn(), c.subjectBn(), c.opening(), c.itemsIntroBn(), items, c.closingBn(),
                c.chairNameBn(), c.chairDesignationBn(), c.correctionNoteBn());
    }

    /** Opens (or extends) the team's change draft with the co-opted members, for the forming office to issue. */
    private void proposeCoopted(long officeId, Meeting meeting, List<Long> posts, List<String> titles, MemoNumber memo, LocalDate issuedOn) {
        TeamFormation.DraftInput draft = formation.startingDraft(officeId);
        List<PlannedMember> members = new ArrayList<>(draft.members());
        Set<Long> on = members.stream().map(PlannedMember::postId).collect(Collectors.toSet());
        for (Long post : posts) {
            if (on.add(post)) {
                members.add(new PlannedMember(post, TeamRole.COOPTED));
            }
        }
        Office office = offices.require(officeId);
        String preamble = genitive(MeetingService.teamName(office)) + " " + DualDate.gregorianDate(meeting.date())
                + " খ্রি. তারিখের সভার সিদ্ধান্ত (কার্যবিবরণী স্মারক নং " + BanglaDigits.toBangla(memo.formatLatin()) + ") অনুযায়ী "
                + String.join(", ", titles) + "-কে ইনোভেশন টিমের সদস্য হিসেবে অন্তর্ভুক্ত (কো-অপ্ট) করা হলো।";
        OrderKind kind = draft.kind() == OrderKind.FORMATION && teams.onDate(officeId, issuedOn).isPresent() ? OrderKind.CHANGE : draft.kind();
        formation.saveDraft(officeId, new TeamFormation.DraftInput(kind, issuedOn, preamble, draft.closingBn(), members));
    }

    @Override
    @Transactional
    public MinutesVersion startCorrection(long officeId, long minutesId, String noteBn) {
        requireWrite(officeId);
        MinutesVersion issued = requireVersion(officeId, minutesId);
        if (issued.status() != MinutesStatus.ISSUED) {
            throw UserFacingException.badRequest("minutes.error.notIssued");
        }
        List<MinutesVersion> all = versions(officeId, issued.meetingId());
        if (all.stream().anyMatch(MinutesVersion::editable)) {
            throw UserFacingException.badRequest("minutes.error.correctionOpen");
        }
        MinutesVersion latest = all.getLast();
        if (latest.id() != issued.id()) {
            throw UserFacingException.badRequest("minutes.error.notLatest");
        }
        String note = Inputs.clean(noteBn);
        if (note == null || note.length() > 2000) {
            throw UserFacingException.invalid(new FormErrors().add("correctionNote", "minutes.error.correctionNote"));
        }
        MinutesContent c = issued.content();
        long id = jdbc.sql("""
                        insert into minutes (meeting_id, version, supersedes_id, style, chair_name_bn, chair_designation_bn,
                                             correction_note_bn, distribution_bn, copies_bn)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(issued.meetingId(), issued.version() + 1, issued.id(), c.style().name(), c.chairNameBn(), c.chairDesignationBn(),
                        note, issued.distribution().toArray(String[]::new), issued.copies().toArray(String[]::new))
                .query(Long.class).single();
        writeContent(id, new MinutesContent(c.style(), c.titleBn(), c.subjectBn(), c.opening(), c.itemsIntroBn(), c.items(),
                c.closingBn(), c.chairNameBn(), c.chairDesignationBn(), note));
        MinutesVersion after = version(officeId, id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "minutes.correction-started", "minutes", String.valueOf(id), officeId,
                Map.of("corrects", issued.memoNumber()), note));
        return after;
    }

    @Override
    @Transactional
    public void sentToCabinet(long officeId, long minutesId, LocalDate on) {
        requireWrite(officeId);
        MinutesVersion minutes = requireVersion(officeId, minutesId);
        if (minutes.status() != MinutesStatus.ISSUED) {
            throw UserFacingException.badRequest("minutes.error.notIssued");
        }
        if (on == null || on.isBefore(minutes.issuedOn()) || on.isAfter(Dhaka.today())) {
            throw UserFacingException.invalid(new FormErrors().add("sentOn", "minutes.error.sentOn"));
        }
        jdbc.sql("update minutes set sent_to_cabinet_on = ?, updated_at = now() where id = ?").params(on, minutesId).update();
        audit.record(new AuditEvent(access.actor(), "minutes.sent-to-cabinet", "minutes", String.valueOf(minutesId), officeId,
                minutes.sentToCabinetOn() == null ? null : minutes.sentToCabinetOn().toString(), on.toString()));
    }

    @Override
    public Meetings.Mailing mailIssued(long officeId, long minutesId) {
        requireWrite(officeId);
        MinutesVersion minutes = requireVersion(officeId, minutesId);
        Meeting meeting = meeting(officeId, minutes.meetingId());
        Office office = offices.require(officeId);
        byte[] paper = pdf(officeId, minutesId).orElseThrow();
        String what = genitive(MeetingService.teamName(office)) + " " + DualDate.gregorianDate(meeting.date()) + " তারিখের সভার কার্যবিবরণী";
        String html = "<p>" + HtmlUtils.htmlEscape(office.nameBn()) + "</p><p>" + HtmlUtils.htmlEscape(what + " (স্মারক নং "
                + BanglaDigits.toBangla(minutes.memoNumber()) + ") সংযুক্ত করা হলো।") + "</p>";
        List<String> extra = new ArrayList<>();
        if (minutes.sentToCabinetOn() != null) {
            cabinetDivisionEmail().ifPresent(extra::add);
        }
        return mail(officeId, meeting, what, html, paper, "minutes-issued:" + minutesId, extra);
    }

    @Override
    public Meetings.Mailing mailing(long officeId, long minutesId) {
        MinutesVersion minutes = requireVersion(officeId, minutesId);
        Meetings.Mailing members = meetings.mailing(officeId, minutes.meetingId());
        List<Mailer.Sent> sent = new ArrayList<>(mailer.sentFor("minutes-circulated:" + minutesId));
        sent.addAll(mailer.sentFor("minutes-issued:" + minutesId));
        return new Meetings.Mailing(members.mailConfigured(), sent, members.withoutEmail());
    }

    @Override
    public Optional<String> cabinetDivisionEmail() {
        return cabinetDivision().map(Office::email).filter(e -> !e.isBlank());
    }

    private Optional<Office> cabinetDivision() {
        return offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().stream().findFirst();
    }

    private Meetings.Mailing mail(long officeId, Meeting meeting, String subject, String html, byte[] paper, String purpose) {
        return mail(officeId, meeting, subject, html, paper, purpose, List.of());
    }

    private Meetings.Mailing mail(long officeId, Meeting meeting, String subject, String html, byte[] paper, String purpose,
                                  List<String> extra) {
        memberMail.send(meeting, extra, subject, html,
                new Mailer.Attachment("karjobiboroni-" + meeting.id() + ".pdf", "application/pdf", paper), purpose);
        return new Meetings.Mailing(mailer.configured(), mailer.sentFor(purpose), memberMail.withoutEmail(meeting));
    }

    // ---- the paper

    @Override
    public byte[] previewPdf(long officeId, long minutesId) {
        MinutesVersion minutes = requireVersion(officeId, minutesId);
        if (minutes.status() == MinutesStatus.ISSUED) {
            return pdf(officeId, minutesId).orElseThrow();
        }
        return draftPdf(officeId, minutes, false);
    }

    /** The draft's paper, as the preview and the circulation mail give it. */
    private byte[] draftPdf(long officeId, MinutesVersion minutes, boolean form) {
        Meeting meeting = meeting(officeId, minutes.meetingId());
        Minutes paper = paper(offices.require(officeId), meeting, minutes, standing(officeId, meeting.id()), null, null);
        return printed(() -> pdf.render(paper.document()), form);
    }

    /**
     * Renders, turning a failure into a message in the user's words: which character to change
     * when no font has it (the user finds it in the form), else a general one (the cause logged).
     * As a form error ({@code form}, field "paper") the page shows it above the form as typed;
     * thrown from a transaction, it rolls everything back.
     */
    private static <T> T printed(Supplier<T> render, boolean form) {
        try {
            return render.get();
        } catch (UnprintableCharacterException e) {
            String character = new String(Character.toChars(e.codePoint()));
            throw problem(form, "minutes.error.unprintable", character, String.format("U+%04X", e.codePoint()));
        } catch (RuntimeException e) {
            log.error("the minutes paper could not be rendered", e);
            throw problem(form, "minutes.error.paper");
        }
    }

    private static UserFacingException problem(boolean form, String key, Object... args) {
        return form ? UserFacingException.invalid(new FormErrors().add("paper", key, args)) : UserFacingException.badRequest(key, args);
    }

    /** The minutes as the document module prints them: details, standing figures, items, signatures, annex. */
    Minutes paper(Office office, Meeting meeting, MinutesVersion minutes, Standing standing, MemoNumber memo, Signature issuer) {
        MinutesContent c = minutes.content();
        List<Minutes.Detail> details = new ArrayList<>();
        details.add(new Minutes.Detail("সভাপতি", c.chairNameBn() + ", " + c.chairDesignationBn()));
        details.add(new Minutes.Detail("সভার তারিখ", DualDate.gregorianDate(meeting.date())));
        details.add(new Minutes.Detail("সভার সময়", BanglaTime.ofDay(meeting.startTime())));
        details.add(new Minutes.Detail("স্থান", meeting.placeBn() == null ? meeting.onlineLink()
                : meeting.onlineLink() == null ? meeting.placeBn() : meeting.placeBn() + " (অনলাইনে: " + meeting.onlineLink() + ")"));
        details.add(new Minutes.Detail("উপস্থিতি", "পরিশিষ্ট-ক"));
        List<String> opening = new ArrayList<>();
        if (minutes.correction()) {
            opening.add("সংশোধনী: " + c.correctionNoteBn());
        }
        opening.addAll(c.opening());
        List<Minutes.Item> items = new ArrayList<>();
        for (Item item : c.items()) {
            String discussion = item.discussionBn();
            if (item.kind() == ItemKind.RATE) {
                List<String> parts = new ArrayList<>();
                parts.add(standing.rateSentenceBn() == null ? "পূর্ববর্তী কোনো সভা নেই।" : standing.rateSentenceBn());
                if (!standing.carriedLinesBn().isEmpty()) {
                    parts.add("বাস্তবায়নাধীন সিদ্ধান্তসমূহ: " + String.join(" ", standing.carriedLinesBn()));
                }
                if (discussion != null) {
                    parts.add(discussion);
                }
                discussion = String.join(" ", parts);
            }
            List<Minutes.Decision> printed = new ArrayList<>();
            Set<String> implementers = new LinkedHashSet<>();
            for (DecisionEntry e : item.decisions()) {
                List<String> detail = e.kind() == DecisionKind.SUB_COMMITTEE
                        ? e.committee().stream().map(m -> m.labelBn() + " - " + m.role().name(true)).toList() : List.of();
                String text = e.dueOn() == null ? e.textBn() : e.textBn() + " (সময়সীমা: " + DualDate.gregorianDate(e.dueOn()) + ")";
                printed.add(new Minutes.Decision(text, detail));
                e.owners().forEach(o -> implementers.add(o.labelBn()));
            }
            items.add(new Minutes.Item(item.subjectBn(), item.targetBn(), discussion == null ? "" : discussion, printed,
                    List.copyOf(implementers)));
        }
        Signature chair = new Signature(c.chairNameBn(), c.chairDesignationBn(), null, null,
                minutes.approvedOn() == null ? Dhaka.today() : minutes.approvedOn());
        List<String> distribution = memo == null ? List.of() : minutes.distribution();
        List<String> copies = memo == null ? List.of() : minutes.copies();
        return new Minutes(c.style(), new Letterhead(List.of(office.nameBn()), office.website()), c.titleBn(), c.subjectBn(),
                details, opening, c.itemsIntroBn(), items, c.closingBn(), chair, memo, minutes.issuedOn(), distribution, copies,
                issuer, attendanceSheet(office, meeting));
    }

    private AttendanceSheet attendanceSheet(Office office, Meeting meeting) {
        Map<Long, Meeting.Attendance> byPost = new HashMap<>();
        meetings.attendance(office.id(), meeting.id()).forEach(a -> byPost.put(a.postId(), a));
        List<AttendanceSheet.Attendee> attendees = new ArrayList<>();
        for (TeamMember m : teams.onDate(office.id(), meeting.date()).map(TeamOnDate::members).orElse(List.of())) {
            Meeting.Attendance a = byPost.get(m.post().id());
            if (a == null || a.status() == AttendanceStatus.ABSENT) {
                continue;
            }
            String name = a.status() == AttendanceStatus.REPRESENTED ? a.representedBy() + " (প্রতিনিধি)" : nz(a.holderNameBn(), "");
            attendees.add(new AttendanceSheet.Attendee(name, m.post().titleBn()));
        }
        for (Meeting.Guest g : meetings.guests(office.id(), meeting.id())) {
            attendees.add(new AttendanceSheet.Attendee(g.nameBn(), g.designationAndOffice()));
        }
        String line = MeetingService.teamName(office) + "-এর সভা, " + DualDate.gregorianDate(meeting.date()) + " খ্রি.";
        return new AttendanceSheet(null, office.nameBn(), line, attendees, 0);
    }

    // ---- helpers

    /**
     * Each dropped decision by its words and the reason recorded, so that the rate is never raised
     * by dropping in silence (docs/plans/meetings-and-decisions.md): " বাদ দেওয়া সিদ্ধান্ত: ১। … (কারণ: …)।"
     */
    private static String droppedBn(List<Decision> decisions) {
        List<Decision> dropped = decisions.stream().filter(d -> d.status() == DecisionStatus.DROPPED).toList();
        if (dropped.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" বাদ দেওয়া সিদ্ধান্ত:");
        for (int i = 0; i < dropped.size(); i++) {
            Decision d = dropped.get(i);
            String text = d.textBn().strip().replaceFirst("[।.]$", "");
            s.append(' ').append(BanglaDigits.toBangla(i + 1)).append("। ").append(text)
                    .append(" (কারণ: ").append(d.reason() == null || d.reason().isBlank() ? "উল্লেখ নেই" : d.reason().strip().replaceFirst("[।.]$", ""))
                    .append(")।");
        }
        return s.toString();
    }

    /** "গত ১৯ জুন ২০২৩ খ্রি. তারিখে…সভার কার্যবিবরণী" and its issued corrections: " ও তার সংশোধনী (স্মারক নং …)". */
    private String correctionsOf(long officeId, long meetingId) {
        List<String> memos = versions(officeId, meetingId).stream()
                .filter(v -> v.status() == MinutesStatus.ISSUED && v.correction())
                .map(v -> BanglaDigits.toBangla(v.memoNumber())).toList();
        return memos.isEmpty() ? "" : " ও তার সংশোধনী (স্মারক নং " + String.join(", ", memos) + ")";
    }

    private Meeting previousHeld(long officeId, Meeting meeting) {
        return meetings.list(officeId).stream()
                .filter(m -> m.status() == MeetingStatus.HELD && m.date().isBefore(meeting.date()))
                .max(Comparator.comparing(Meeting::date).thenComparing(Meeting::id)).orElse(null);
    }

    private Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private MinutesVersion requireVersion(long officeId, long minutesId) {
        return version(officeId, minutesId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private void requireWrite(long officeId) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
    }

    /** "বিভাগীয় ইনোভেশন টিম" → "বিভাগীয় ইনোভেশন টিমের". */
    static String genitive(String teamName) {
        return teamName.endsWith("টিম") ? teamName + "ের" : teamName + "-এর";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clean(String s) {
        return Inputs.clean(s);
    }

    private static String nz(String s, String otherwise) {
        return s == null ? otherwise : s;
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
