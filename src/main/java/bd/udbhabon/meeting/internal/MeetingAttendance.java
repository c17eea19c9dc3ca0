package bd.udbhabon.meeting.internal;

import bd.udbhabon.team.TeamNames;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.document.AttendanceSheet;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.meeting.AttendanceStatus;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meeting.Attendance;
import bd.udbhabon.meeting.Meeting.Guest;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.Teams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Attendance: recorded by post for the day's team and guests (the meeting is then held), and the signature sheet (পরিশিষ্ট-ক). */
@Component
class MeetingAttendance {

    private static final int BLANK_GUEST_ROWS = 5;

    private final MeetingGuard guard;
    private final MeetingRepository meetings;
    private final Teams teams;
    private final OfficeDirectory offices;
    private final PdfRenderer pdf;

    MeetingAttendance(MeetingGuard guard, MeetingRepository meetings, Teams teams, OfficeDirectory offices, PdfRenderer pdf) {
        this.guard = guard;
        this.meetings = meetings;
        this.teams = teams;
        this.offices = offices;
        this.pdf = pdf;
    }

    @Transactional
    void saveAttendance(long officeId, long meetingId, List<Attendance> members, List<Guest> guests) {
        guard.requireWrite(officeId);
        Meeting meeting = guard.meeting(officeId, meetingId);
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
        var before = Map.of("attendance", meetings.attendance(officeId, meetingId), "guests", meetings.guests(officeId, meetingId));
        meetings.writeAttendance(meetingId, members, guests);
        meetings.setStatus(meetingId, MeetingStatus.HELD);
        guard.audit("meeting.attendance-recorded", "meeting", String.valueOf(meetingId), officeId,
                before, Map.of("attendance", members, "guests", guests));
    }

    byte[] attendanceSheetPdf(long officeId, long meetingId) {
        Meeting meeting = guard.meeting(officeId, meetingId);
        Office office = offices.require(officeId);
        List<AttendanceSheet.Attendee> attendees = new ArrayList<>();
        teams.onDate(officeId, meeting.date()).ifPresent(t -> t.members().forEach(m -> attendees.add(new AttendanceSheet.Attendee(
                m.holder() == null ? "" : m.holder().nameBn(), m.post().titleBn()))));
        for (Guest g : meetings.guests(officeId, meetingId)) {
            attendees.add(new AttendanceSheet.Attendee(g.nameBn(), g.designationAndOffice()));
        }
        String line = TeamNames.of(office) + "-এর সভা, " + DualDate.gregorianDate(meeting.date()) + " খ্রি.";
        AttendanceSheet sheet = new AttendanceSheet(null, office.nameBn(), line, attendees, BLANK_GUEST_ROWS);
        // The sheet on its own paper, titled as the minutes' annex it becomes (the template's own title is "উপস্থিতি").
        Document.Builder doc = Document.builder().letterhead(new Letterhead(List.of(office.nameBn()), office.website()))
                .title(sheet.annexTitle() + ": উপস্থিতি");
        sheet.annex().blocks().forEach(doc::block);
        return pdf.render(doc.build());
    }
}
