package bd.udbhabon.meeting.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.AttendanceSheet;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.DocxRenderer;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.MeetingNotice;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.document.Signature;
import bd.udbhabon.meeting.AttendanceStatus;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meeting.AgendaItem;
import bd.udbhabon.meeting.Meeting.Attendance;
import bd.udbhabon.meeting.Meeting.AttachmentInfo;
import bd.udbhabon.meeting.Meeting.Guest;
import bd.udbhabon.meeting.MeetingSchedule;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.Cadence;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** Meetings in {@code V9__meetings.sql}; notices through {@link MemoNumbering} and {@link Mailer}. */
@Service
class MeetingService implements Meetings {

    /** Working papers: the multipart limit (spring.servlet.multipart.max-file-size) caps them lower. */
    static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    static final int MAX_ATTACHMENTS = 20;
    /** A working paper's name when the browser sent none. */
    private static final String PAPER_NAME = "কার্যপত্র";
    private static final int BLANK_GUEST_ROWS = 5;

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final Teams teams;
    private final Policies policies;
    private final MemoNumbering numbering;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final Mailer mailer;
    private final MemberMail memberMail;
    private final AccessPolicy access;
    private final AuditLog audit;

    MeetingService(JdbcClient jdbc, OfficeDirectory offices, Teams teams, Policies policies, MemoNumbering numbering,
                   PdfRenderer pdf, DocxRenderer docx, Mailer mailer, MemberMail memberMail, AccessPolicy access,
                   AuditLog audit) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.teams = teams;
        this.policies = policies;
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
    public List<Meeting> list(long officeId) {
        return withDetails(jdbc.sql(SELECT + " where office_id = ? order by meeting_date desc, id desc").param(officeId)
                .query(MeetingService::meeting).list());
    }

    @Override
    public Optional<Meeting> find(long officeId, long meetingId) {
        return jdbc.sql(SELECT + " where office_id = ? and id = ?").params(officeId, meetingId).query(MeetingService::meeting)
                .optional().map(m -> withDetails(List.of(m)).getFirst());
    }

    @Override
    public Optional<Schedule> schedule(long officeId, LocalDate today) {
        Optional<TeamOnDate> team = teams.onDate(officeId, today);
        if (team.isEmpty()) {
            return Optional.empty();
        }
        // The team was formed by the earliest order of the unbroken run that leads to today's.
        List<TeamOrder> history = teams.history(officeId);
        LocalDate formedOn = team.get().order().effectiveFrom();
        for (TeamOrder order : history) {
            if (order.effectiveFrom().isAfter(today)) {
                continue;
            }
            if (order.kind() == bd.udbhabon.team.OrderKind.DISSOLUTION) {
                break;
            }
            formedOn = order.effectiveFrom();
        }
        // The cadence of the notification in force on each day, not of the one the team was formed under.
        java.util.TreeMap<LocalDate, Cadence> inForce = new java.util.TreeMap<>();
        for (Notification n : policies.all()) { // newest first: of two taking effect on one day, the newer counts
            inForce.putIfAbsent(n.effectiveFrom(), n.cadence());
        }
        if (inForce.isEmpty()) {
            inForce.put(LocalDate.MIN, Cadence.QUARTERLY);
        }
        List<LocalDate> held = list(officeId).stream().filter(m -> m.status() == MeetingStatus.HELD).map(Meeting::date).toList();
        Long reform = policies.reformationUnder(team.get().order().notificationId(), today).map(Notification::id).orElse(null);
        return Optional.of(new Schedule(MeetingSchedule.cadenceOn(inForce, today), formedOn,
                MeetingSchedule.periods(inForce, formedOn, today, held), reform));
    }

    @Override
    public Optional<Upload> attachment(long officeId, long meetingId, long attachmentId) {
        return jdbc.sql("""
                        select a.file_name, a.content_type, a.bytes from meeting_attachment a join meeting m on m.id = a.meeting_id
                        where m.office_id = ? and m.id = ? and a.id = ?""")
                .params(officeId, meetingId, attachmentId)
                .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    @Override
    public List<String> defaultChair(long officeId, LocalDate date) {
        return teams.onDate(officeId, date).flatMap(t -> t.members().stream().filter(m -> m.role() == TeamRole.HEAD).findFirst())
                .map(head -> List.of(head.holder() == null ? "" : head.holder().nameBn(), head.post().titleBn()))
                .orElse(List.of("", ""));
    }

    // ---- the meeting

    @Override
    @Transactional
    public Meeting save(long officeId, Long meetingId, MeetingInput in, List<Upload> uploads, List<Long> removeAttachments) {
        requireWrite(officeId);
        Optional<Meeting> before = meetingId == null ? Optional.empty() : Optional.of(find(officeId, meetingId)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound")));
        if (before.isPresent() && !before.get().status().editable()) {
            throw UserFacingException.badRequest("meeting.error.notEditable");
        }
        FormErrors errors = new FormErrors();
        if (in.chairNameBn() == null) {
            errors.add("chairName", "meeting.error.chairName");
        }
        if (in.chairDesignationBn() == null) {
            errors.add("chairDesignation", "meeting.error.chairDesignation");
        }
        Optional<TeamOnDate> team = Optional.empty();
        if (in.date() == null) {
            errors.add("date", "meeting.error.date");
        } else {
            team = teams.onDate(officeId, in.date());
            if (team.isEmpty()) {
                errors.add("date", "meeting.error.noTeam");
            }
        }
        if (in.startTime() == null) {
            errors.add("startTime", "meeting.error.time");
        }
        if (in.placeBn() == null && in.onlineLink() == null) {
            errors.add("place", "meeting.error.where");
        }
        if (in.onlineLink() != null && !in.onlineLink().matches("(?i)https?://\\S+")) {
            errors.add("onlineLink", "meeting.error.link");
        }
        if (in.agenda().isEmpty()) {
            errors.add("agenda", "meeting.error.agenda");
        }
        int kept = before.map(m -> (int) m.attachments().stream().filter(a -> !removeAttachments.contains(a.id())).count()).orElse(0);
        if (kept + uploads.size() > MAX_ATTACHMENTS) {
            errors.add("files", "meeting.error.tooManyFiles", MAX_ATTACHMENTS);
        }
        List<Uploads.Accepted> papers = new ArrayList<>();
        for (Upload u : uploads) {
            String shown = Uploads.cleanName(u.fileName(), PAPER_NAME);
            if (u.bytes().length == 0) {
                errors.add("files", "meeting.error.fileEmpty", shown);
            } else if (u.bytes().length > MAX_ATTACHMENT_BYTES) {
                errors.add("files", "meeting.error.fileSize", shown);
            } else {
                // the type is what the content is, never the declared type or the extension
                Uploads.Accepted paper = Uploads.DOCUMENTS.check(u.fileName(), u.bytes(), PAPER_NAME, "files", errors);
                if (paper != null) {
                    papers.add(paper);
                }
            }
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Long orderId = team.map(t -> t.order().id()).orElse(null);
        long id;
        if (before.isEmpty()) {
            id = jdbc.sql("""
                            insert into meeting (office_id, team_order_id, title_bn, chair_name_bn, chair_designation_bn, meeting_date,
                                                 start_time, place_bn, online_link)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(officeId, orderId, in.titleBn(), in.chairNameBn(), in.chairDesignationBn(), in.date(), in.startTime(),
                            in.placeBn(), in.onlineLink())
                    .query(Long.class).single();
        } else {
            id = before.get().id();
            jdbc.sql("""
                            update meeting set team_order_id = ?, title_bn = ?, chair_name_bn = ?, chair_designation_bn = ?, meeting_date = ?,
                                   start_time = ?, place_bn = ?, online_link = ?, updated_at = now()
                            where id = ?""")
                    .params(orderId, in.titleBn(), in.chairNameBn(), in.chairDesignationBn(), in.date(), in.startTime(), in.placeBn(),
                            in.onlineLink(), id)
                    .update();
            jdbc.sql("delete from meeting_agenda_item where meeting_id = ?").param(id).update();
            for (Long remove : removeAttachments) {
                jdbc.sql("delete from meeting_attachment where meeting_id = ? and id = ?").params(id, remove).update();
            }
        }
        for (int i = 0; i < in.agenda().size(); i++) {
            jdbc.sql("insert into meeting_agenda_item (meeting_id, position, title_bn, presenter_bn) values (?, ?, ?, ?)")
                    .params(id, i + 1, in.agenda().get(i).titleBn(), in.agenda().get(i).presenterBn()).update();
        }
        for (Uploads.Accepted paper : papers) {
            jdbc.sql("insert into meeting_attachment (meeting_id, file_name, content_type, size_bytes, bytes) values (?, ?, ?, ?, ?)")
                    .params(id, paper.fileName(), paper.contentType(), paper.bytes().length, paper.bytes()).update();
        }
        Meeting saved = find(officeId, id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), before.isEmpty() ? "meeting.created" : "meeting.updated", "meeting",
                String.valueOf(id), officeId, before.orElse(null), saved));
        return saved;
    }

    @Override
    @Transactional
    public void cancel(long officeId, long meetingId) {
        requireWrite(officeId);
        Meeting before = find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (!before.status().editable()) {
            throw UserFacingException.badRequest("meeting.error.notEditable");
        }
        jdbc.sql("update meeting set status = 'CANCELLED', updated_at = now() where id = ?").param(meetingId).update();
        audit.record(new AuditEvent(access.actor(), "meeting.cancelled", "meeting", String.valueOf(meetingId), officeId,
                before, find(officeId, meetingId).orElseThrow()));
    }

    // ---- the notice

    @Override
    @Transactional
    public Meeting issueNotice(long officeId, long meetingId, NoticeInput in) {
        requireWrite(officeId);
        Meeting meeting = find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw UserFacingException.badRequest(meeting.noticeIssued() ? "meeting.error.noticeIssued" : "meeting.error.notEditable");
        }
        FormErrors errors = new FormErrors();
        Optional<MemoNumbering.MemoFile> file = numbering.file(in.memoFileId()).filter(f -> f.officeId() == officeId);
        if (file.isEmpty()) {
            errors.add("memoFile", "meeting.error.memoFile");
        }
        if (in.issuedOn() == null) {
            errors.add("issuedOn", "meeting.error.issuedOn");
        }
        if (blank(in.signatoryNameBn())) {
            errors.add("signatoryName", "meeting.error.signatoryName");
        }
        if (blank(in.signatoryDesignationBn())) {
            errors.add("signatoryDesignation", "meeting.error.signatoryDesignation");
        }
        for (String email : in.extraEmails()) {
            if (!Inputs.isEmail(email)) {
                errors.add("extraEmails", "meeting.error.email", email);
            }
        }
        Optional<TeamOnDate> team = teams.onDate(officeId, meeting.date());
        if (team.isEmpty()) {
            errors.add("memoFile", "meeting.error.noTeam");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Office office = office(officeId);
        MemoNumber memo = numbering.take(file.get().id(), "meeting-notice:" + meetingId);
        Document paper = notice(office, meeting, team.get(), memo, in).document();
        byte[] pdfBytes = pdf.render(paper);
        byte[] docxBytes = docx.render(paper);
        jdbc.sql("""
                        update meeting set status = 'NOTICE_ISSUED', notice_memo_number = ?, notice_issued_on = ?, notice_signatory_bn = ?,
                               notice_extra_emails = ?, notice_pdf = ?, notice_docx = ?, updated_at = now()
                        where id = ? and status = 'PLANNED'""")
                .params(memo.formatLatin(), in.issuedOn(), in.signatoryNameBn().strip() + ", " + in.signatoryDesignationBn().strip(),
                        in.extraEmails().stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new),
                        pdfBytes, docxBytes, meetingId)
                .update();
        Meeting issued = find(officeId, meetingId).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "meeting.notice-issued", "meeting", String.valueOf(meetingId), officeId,
                meeting, issued));
        return issued;
    }

    MeetingNotice notice(Office office, Meeting m, TeamOnDate team, MemoNumber memo, NoticeInput in) {
        String teamName = teamName(office);
        List<String> members = team.members().stream().map(tm -> tm.post().titleBn()).toList();
        return new MeetingNotice(new Letterhead(List.of(office.nameBn()), office.website()), memo, in.issuedOn(), teamName,
                m.chairNameBn() + ", " + m.chairDesignationBn(), m.date(), m.startTime(), m.placeBn(), m.onlineLink(),
                m.agenda().stream().map(a -> a.presenterBn() == null ? a.titleBn() : a.titleBn() + " (উপস্থাপক: " + a.presenterBn() + ")").toList(),
                new Signature(in.signatoryNameBn(), in.signatoryDesignationBn(), null, null, in.issuedOn()), members, List.of());
    }

    @Override
    public Mailing mailNotice(long officeId, long meetingId) {
        requireWrite(officeId);
        Meeting meeting = find(officeId, meetingId).filter(Meeting::noticeIssued)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        byte[] notice = noticePdf(officeId, meetingId).orElseThrow();
        Office office = office(officeId);
        String subject = MeetingNotice.TITLE + ": " + teamName(office) + "-এর সভা, " + DualDate.gregorianDate(meeting.date());
        String html = "<p>" + HtmlUtils.htmlEscape(office.nameBn()) + "</p><p>"
                + HtmlUtils.htmlEscape(teamName(office) + "-এর সভা " + DualDate.gregorianDate(meeting.date())
                + " তারিখে অনুষ্ঠিত হবে। সভার নোটিশ (স্মারক নং " + bd.udbhabon.bangla.BanglaDigits.toBangla(meeting.noticeMemoNumber())
                + ") সংযুক্ত করা হলো।") + "</p><p>" + HtmlUtils.htmlEscape(MeetingNotice.PLEASE_ATTEND) + "</p>";
        memberMail.send(meeting, meeting.noticeExtraEmails(), subject, html,
                new Mailer.Attachment("sabhar-notice-" + meetingId + ".pdf", "application/pdf", notice), purpose(meetingId));
        return mailing(officeId, meetingId);
    }

    @Override
    public Mailing mailing(long officeId, long meetingId) {
        Meeting meeting = find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return new Mailing(mailer.configured(), mailer.sentFor(purpose(meetingId)), memberMail.withoutEmail(meeting));
    }

    private static String purpose(long meetingId) {
        return "meeting-notice:" + meetingId;
    }

    @Override
    public Optional<byte[]> noticePdf(long officeId, long meetingId) {
        return jdbc.sql("select notice_pdf from meeting where office_id = ? and id = ? and notice_pdf is not null")
                .params(officeId, meetingId).query(byte[].class).optional();
    }

    @Override
    public Optional<byte[]> noticeDocx(long officeId, long meetingId) {
        return jdbc.sql("select notice_docx from meeting where office_id = ? and id = ? and notice_docx is not null")
                .params(officeId, meetingId).query(byte[].class).optional();
    }

    // ---- attendance

    @Override
    public List<Attendance> attendance(long officeId, long meetingId) {
        return jdbc.sql("""
                        select a.post_id, a.holder_name_bn, a.status, a.represented_by from meeting_attendance a
                        join meeting m on m.id = a.meeting_id where m.office_id = ? and m.id = ?""")
                .params(officeId, meetingId)
                .query((rs, n) -> new Attendance(rs.getLong(1), rs.getString(2), AttendanceStatus.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    @Override
    public List<Guest> guests(long officeId, long meetingId) {
        return jdbc.sql("""
                        select g.name_bn, g.designation_bn, g.office_bn from meeting_guest g join meeting m on m.id = g.meeting_id
                        where m.office_id = ? and m.id = ? order by g.position""")
                .params(officeId, meetingId).query((rs, n) -> new Guest(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    @Transactional
    public void saveAttendance(long officeId, long meetingId, List<Attendance> members, List<Guest> guests) {
        requireWrite(officeId);
        Meeting meeting = find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        FormErrors errors = new FormErrors();
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw UserFacingException.badRequest("meeting.error.cancelled");
        }
        if (meeting.date().isAfter(bd.udbhabon.bangla.Dhaka.today())) {
            errors.add("attendance", "meeting.error.notYet");
        }
        List<TeamMember> team = teams.onDate(officeId, meeting.date()).map(TeamOnDate::members).orElse(List.of());
        Set<Long> posts = new java.util.HashSet<>(team.stream().map(m -> m.post().id()).toList());
        for (Attendance a : members) {
            if (!posts.contains(a.postId())) {
                errors.add("attendance", "meeting.error.notMember");
            } else if (a.status() == AttendanceStatus.REPRESENTED && a.representedBy() == null) {
                errors.add("rep_" + a.postId(), "meeting.error.representedBy");
            }
        }
        if (members.size() != posts.size()) {
            errors.add("attendance", "meeting.error.everyMember");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        var before = Map.of("attendance", attendance(officeId, meetingId), "guests", guests(officeId, meetingId));
        jdbc.sql("delete from meeting_attendance where meeting_id = ?").param(meetingId).update();
        jdbc.sql("delete from meeting_guest where meeting_id = ?").param(meetingId).update();
        for (Attendance a : members) {
            jdbc.sql("insert into meeting_attendance (meeting_id, post_id, holder_name_bn, status, represented_by) values (?, ?, ?, ?, ?)")
                    .params(meetingId, a.postId(), a.holderNameBn(), a.status().name(),
                            a.status() == AttendanceStatus.REPRESENTED ? a.representedBy() : null)
                    .update();
        }
        for (int i = 0; i < guests.size(); i++) {
            Guest g = guests.get(i);
            jdbc.sql("insert into meeting_guest (meeting_id, position, name_bn, designation_bn, office_bn) values (?, ?, ?, ?, ?)")
                    .params(meetingId, i + 1, g.nameBn(), g.designationBn(), g.officeBn()).update();
        }
        jdbc.sql("update meeting set status = 'HELD', updated_at = now() where id = ?").param(meetingId).update();
        audit.record(new AuditEvent(access.actor(), "meeting.attendance-recorded", "meeting", String.valueOf(meetingId), officeId,
                before, Map.of("attendance", members, "guests", guests)));
    }

    @Override
    public byte[] attendanceSheetPdf(long officeId, long meetingId) {
        Meeting meeting = find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        Office office = office(officeId);
        List<AttendanceSheet.Attendee> attendees = new ArrayList<>();
        teams.onDate(officeId, meeting.date()).ifPresent(t -> t.members().forEach(m -> attendees.add(new AttendanceSheet.Attendee(
                m.holder() == null ? "" : m.holder().nameBn(), m.post().titleBn()))));
        for (Guest g : guests(officeId, meetingId)) {
            attendees.add(new AttendanceSheet.Attendee(g.nameBn(), g.designationAndOffice()));
        }
        String line = teamName(office) + "-এর সভা, " + DualDate.gregorianDate(meeting.date()) + " খ্রি.";
        AttendanceSheet sheet = new AttendanceSheet(null, office.nameBn(), line, attendees, BLANK_GUEST_ROWS);
        // The sheet on its own paper, titled as the minutes' annex it becomes (the template's own title is "উপস্থিতি").
        Document.Builder doc = Document.builder().letterhead(new Letterhead(List.of(office.nameBn()), office.website()))
                .title(sheet.annexTitle() + ": উপস্থিতি");
        sheet.annex().blocks().forEach(doc::block);
        return pdf.render(doc.build());
    }

    // ---- helpers

    private void requireWrite(long officeId) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }

    private String headTitle(Office office, LocalDate date) {
        return policies.inForce(date).flatMap(n -> n.rules(office.level())).map(LevelRules::headTitleBn)
                .orElse(TeamRole.HEAD.name(true));
    }

    /** What the papers call the team (as the team module's orders do). */
    static String teamName(Office office) {
        return switch (office.level()) {
            case DISTRICT -> "জেলা ইনোভেশন টিম";
            case UPAZILA -> "উপজেলা ইনোভেশন টিম";
            case DIVISION -> "বিভাগীয় ইনোভেশন টিম";
            case MINISTRY -> "মন্ত্রণালয়/বিভাগের ইনোভেশন টিম";
            case DIRECTORATE -> "অধিদপ্তর/সংস্থার ইনোভেশন টিম";
            default -> "ইনোভেশন টিম";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static final String SELECT = """
            select id, office_id, team_order_id, title_bn, chair_name_bn, chair_designation_bn, meeting_date, start_time,
                   place_bn, online_link, status, notice_memo_number, notice_issued_on, notice_extra_emails
            from meeting""";

    /** The meeting's row alone: its agenda and papers are read after the result set is closed (one connection at a time). */
    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        Array emails = rs.getArray("notice_extra_emails");
        return new Meeting(rs.getLong("id"), rs.getLong("office_id"), (Long) rs.getObject("team_order_id"), rs.getString("title_bn"),
                rs.getString("chair_name_bn"), rs.getString("chair_designation_bn"), rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getString("place_bn"), rs.getString("online_link"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getString("notice_memo_number"),
                rs.getObject("notice_issued_on", LocalDate.class),
                emails == null ? List.of() : Arrays.asList((String[]) emails.getArray()), List.of(), List.of());
    }

    /** The meetings with their agenda and working papers, read in two queries whatever their number. */
    private List<Meeting> withDetails(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return meetings;
        }
        Long[] ids = meetings.stream().map(Meeting::id).toArray(Long[]::new);
        Map<Long, List<AgendaItem>> agenda = new HashMap<>();
        jdbc.sql("select meeting_id, title_bn, presenter_bn from meeting_agenda_item where meeting_id = any(?) order by meeting_id, position")
                .param(ids).query(r -> {
                    agenda.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new AgendaItem(r.getString(2), r.getString(3)));
                });
        Map<Long, List<AttachmentInfo>> attachments = new HashMap<>();
        jdbc.sql("select meeting_id, id, file_name, content_type, size_bytes from meeting_attachment where meeting_id = any(?) order by id")
                .param(ids).query(r -> {
                    attachments.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new AttachmentInfo(r.getLong(2), Uploads.cleanName(r.getString(3), PAPER_NAME), r.getString(4), r.getInt(5)));
                });
        return meetings.stream().map(m -> new Meeting(m.id(), m.officeId(), m.teamOrderId(), m.titleBn(), m.chairNameBn(),
                m.chairDesignationBn(), m.date(), m.startTime(), m.placeBn(), m.onlineLink(), m.status(), m.noticeMemoNumber(),
                m.noticeIssuedOn(), m.noticeExtraEmails(), agenda.getOrDefault(m.id(), List.of()),
                attachments.getOrDefault(m.id(), List.of()))).toList();
    }
}
