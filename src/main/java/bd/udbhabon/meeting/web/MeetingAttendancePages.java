package bd.udbhabon.meeting.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.meeting.AttendanceStatus;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meeting.Attendance;
import bd.udbhabon.meeting.Meeting.Guest;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.Teams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A meeting's attendance: each member's status (a field per post, {@code status_<post>}, so the
 * form stays a map of what was typed) and the guests, and the attendance sheet (Annex A).
 */
@Controller
class MeetingAttendancePages {

    private static final int GUEST_ROWS = 3;

    private final Meetings meetings;
    private final OfficeDirectory offices;
    private final Teams teams;

    MeetingAttendancePages(Meetings meetings, OfficeDirectory offices, Teams teams) {
        this.meetings = meetings;
        this.offices = offices;
        this.teams = teams;
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/attendance")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String attendanceForm(@PathVariable long officeId, @PathVariable long meetingId, Model model) {
        Meeting meeting = notCancelled(meeting(officeId, meetingId));
        Map<String, String> form = new LinkedHashMap<>();
        for (Attendance a : meetings.attendance(officeId, meetingId)) {
            form.put("status_" + a.postId(), a.status().name());
            form.put("rep_" + a.postId(), nz(a.representedBy()));
        }
        List<Guest> guests = new ArrayList<>(meetings.guests(officeId, meetingId));
        return attendancePage(officeId, meeting, form, guests, new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/attendance")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String saveAttendance(@PathVariable long officeId, @PathVariable long meetingId, @RequestParam Map<String, String> fields,
                          Model model) {
        Meeting meeting = notCancelled(meeting(officeId, meetingId));
        FormErrors unprintable = Forms.printable(fields);
        if (unprintable.any()) {
            return attendancePage(officeId, meeting, fields, guestRows(fields, false), unprintable, model);
        }
        List<TeamMember> members = members(officeId, meeting);
        List<Attendance> records = new ArrayList<>();
        FormErrors errors = new FormErrors();
        for (TeamMember m : members) {
            String status = nz(fields.get("status_" + m.post().id()));
            AttendanceStatus s = Arrays.stream(AttendanceStatus.values()).filter(v -> v.name().equals(status)).findFirst().orElse(null);
            if (s == null) {
                errors.add("status_" + m.post().id(), "meeting.error.status");
                continue;
            }
            records.add(new Attendance(m.post().id(), m.holder() == null ? null : m.holder().nameBn(), s,
                    Inputs.clean(fields.get("rep_" + m.post().id()))));
        }
        List<Guest> guests = guestRows(fields, true);
        for (int i = 0; i < guests.size(); i++) {
            if (guests.get(i).nameBn() == null) {
                errors.add("guest_" + i, "meeting.error.guestName");
            }
        }
        return Forms.saveOrShow(errors, () -> {
            meetings.saveAttendance(officeId, meetingId, records, guests);
            return "redirect:/offices/" + officeId + "/meetings/" + meetingId + "?attendance";
        }, refused -> attendancePage(officeId, meeting, fields, guests, refused, model));
    }

    private String attendancePage(long officeId, Meeting meeting, Map<String, String> form, List<Guest> guests,
                                  FormErrors errors, Model model) {
        List<Guest> rows = new ArrayList<>(guests);
        for (int i = 0; i < GUEST_ROWS; i++) {
            rows.add(new Guest("", "", ""));
        }
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("members", members(officeId, meeting));
        model.addAttribute("form", form);
        model.addAttribute("guests", rows);
        model.addAttribute("errors", errors);
        return "meeting/attendance";
    }

    /** Guest rows as typed ({@code clean}: through {@link Inputs#clean}); a row with nothing in it is no guest. */
    private static List<Guest> guestRows(Map<String, String> fields, boolean clean) {
        List<Guest> guests = new ArrayList<>();
        int count = (int) Math.min(Math.max(MeetingForm.parseLong(fields.get("guestRows")), 0), 60);
        for (int i = 0; i < count; i++) {
            String name = typed(fields.get("guestName_" + i), clean);
            String designation = typed(fields.get("guestDesignation_" + i), clean);
            String guestOffice = typed(fields.get("guestOffice_" + i), clean);
            if (name != null || designation != null || guestOffice != null) {
                guests.add(new Guest(name, designation, guestOffice));
            }
        }
        return guests;
    }

    private static String typed(String value, boolean clean) {
        return clean ? Inputs.clean(value) : value == null || value.isBlank() ? null : value;
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/attendance.pdf")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> attendanceSheet(@PathVariable long officeId, @PathVariable long meetingId) {
        meeting(officeId, meetingId);
        return Downloads.attachment(meetings.attendanceSheetPdf(officeId, meetingId), MediaType.APPLICATION_PDF, "পরিশিষ্ট-ক-উপস্থিতি.pdf");
    }

    private List<TeamMember> members(long officeId, Meeting meeting) {
        return teams.onDate(officeId, meeting.date()).map(TeamOnDate::members).orElse(List.of());
    }

    private Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private static Meeting notCancelled(Meeting meeting) {
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw UserFacingException.badRequest("meeting.error.cancelled");
        }
        return meeting;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
