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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.validation.BindingResult;
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
    String saveAttendance(@PathVariable long officeId, @PathVariable long meetingId,
                          @ModelAttribute("attendanceFields") AttendanceFields fields, BindingResult binding, Model model) {
        Meeting meeting = notCancelled(meeting(officeId, meetingId));
        List<TeamMember> members = members(officeId, meeting);
        Map<String, String> typed = typed(members, fields);
        FormErrors unprintable = printable(members, fields);
        if (unprintable.any()) {
            return attendancePage(officeId, meeting, typed, guestRows(fields, false), unprintable, model);
        }
        List<Attendance> records = new ArrayList<>();
        FormErrors errors = Forms.errors(binding);
        for (TeamMember m : members) {
            AttendanceFields.Member typedMember = fields.member(m.post().id());
            String status = nz(typedMember.status());
            AttendanceStatus s = Arrays.stream(AttendanceStatus.values()).filter(v -> v.name().equals(status)).findFirst().orElse(null);
            if (s == null) {
                errors.add("status_" + m.post().id(), "meeting.error.status");
                continue;
            }
            records.add(new Attendance(m.post().id(), m.holder() == null ? null : m.holder().nameBn(), s,
                    Inputs.clean(typedMember.representedBy())));
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
        }, refused -> attendancePage(officeId, meeting, typed, guests, refused, model));
    }

    /** The members' choices as typed, under the keys the page and the service's errors use ({@code status_<post>}, {@code rep_<post>}). */
    private static Map<String, String> typed(List<TeamMember> members, AttendanceFields fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (TeamMember m : members) {
            AttendanceFields.Member typedMember = fields.member(m.post().id());
            if (typedMember.status() != null) {
                typed.put("status_" + m.post().id(), typedMember.status());
            }
            typed.put("rep_" + m.post().id(), nz(typedMember.representedBy()));
        }
        return typed;
    }

    /** A word the sheet cannot print is its field's error, the form kept (as {@code @FormText} makes it on a record). */
    private static FormErrors printable(List<TeamMember> members, AttendanceFields fields) {
        Map<String, String> words = new LinkedHashMap<>();
        for (TeamMember m : members) {
            AttendanceFields.Member typedMember = fields.member(m.post().id());
            words.put("status_" + m.post().id(), nz(typedMember.status()));
            words.put("rep_" + m.post().id(), nz(typedMember.representedBy()));
        }
        for (int i = 0; i < fields.guests().size(); i++) {
            AttendanceFields.GuestRow guest = fields.guests().get(i);
            words.put("guest_" + i, nz(guest.name()) + nz(guest.designation()) + nz(guest.office()));
        }
        return Forms.printable(words);
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
    private static List<Guest> guestRows(AttendanceFields fields, boolean clean) {
        List<Guest> guests = new ArrayList<>();
        for (AttendanceFields.GuestRow row : fields.guests()) {
            String name = typed(row.name(), clean);
            String designation = typed(row.designation(), clean);
            String guestOffice = typed(row.office(), clean);
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
