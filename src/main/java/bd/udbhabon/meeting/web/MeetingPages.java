package bd.udbhabon.meeting.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.meeting.Meetings.Upload;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.Policies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import bd.udbhabon.meeting.MeetingSerials;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * An office's meetings: the schedule, one meeting, the meeting form (agenda rows, working papers) and
 * its papers; the notice and the attendance have their own pages ({@link MeetingNoticePages},
 * {@link MeetingAttendancePages}). Reading needs the office's records; every write needs
 * {@code WRITE_RECORDS} on the office, checked before anything is looked up.
 */
@Controller
class MeetingPages {

    private final Meetings meetings;
    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final MinutesBook minutes;
    private final Policies policies;

    MeetingPages(Meetings meetings, OfficeDirectory offices, AccessPolicy access, MinutesBook minutes, Policies policies) {
        this.policies = policies;
        this.minutes = minutes;
        this.meetings = meetings;
        this.offices = offices;
        this.access = access;
    }

    // ---- schedule and meeting

    @GetMapping("/offices/{officeId}/meetings")
    @OfficeAccess(Permission.READ_RECORDS)
    String schedule(@PathVariable long officeId, Model model) {
        model.addAttribute("office", office(officeId));
        Meetings.Schedule schedule = meetings.schedule(officeId, Dhaka.today()).orElse(null);
        model.addAttribute("schedule", schedule);
        model.addAttribute("reformUnder", schedule == null || schedule.reformUnder() == null ? null
                : policies.find(schedule.reformUnder()).orElse(null));
        List<Meeting> all = meetings.list(officeId);
        model.addAttribute("meetings", all);
        model.addAttribute("serials", MeetingSerials.of(all));
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "meeting/schedule";
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}")
    @OfficeAccess(Permission.READ_RECORDS)
    String meeting(@PathVariable long officeId, @PathVariable long meetingId, Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        model.addAttribute("office", office(officeId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("mailing", meetings.mailing(officeId, meetingId));
        // the notice against the meeting: moved after its notice, a revised notice is due (issue 19, point 7)
        Meetings.NoticeStanding notice = meetings.noticeStanding(officeId, meetingId);
        model.addAttribute("notice", notice);
        Map<Long, Meetings.Mailing> revisionMailings = new java.util.HashMap<>();
        notice.revisions().forEach(r -> revisionMailings.put(r.id(), meetings.revisionMailing(officeId, meetingId, r.id())));
        model.addAttribute("revisionMailings", revisionMailings);
        model.addAttribute("attendance", meetings.attendance(officeId, meetingId));
        model.addAttribute("guests", meetings.guests(officeId, meetingId));
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        // The standing item on the last meeting's decisions, as of this meeting's day (computed, never typed).
        MinutesBook.Standing standing = minutes.standing(officeId, meetingId);
        model.addAttribute("previous", standing.previous());
        model.addAttribute("serial", MeetingSerials.of(meetings.list(officeId)).get(meetingId));
        model.addAttribute("previousRate", standing.rate());
        model.addAttribute("carried", standing.carried());
        return "meeting/meeting";
    }

    @GetMapping("/offices/{officeId}/meetings/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String newMeeting(@PathVariable long officeId, Model model) {
        LocalDate date = Dhaka.workingDayFrom(Dhaka.today().plusDays(7)); // never a Friday or Saturday
        List<String> chair = meetings.defaultChair(officeId, date);
        MeetingForm form = new MeetingForm("", chair.get(0), chair.get(1), date.toString(), "11:00", "", "", List.of());
        return formPage(officeId, null, form, form.rowsWithRoom(MeetingForm.EMPTY_ROWS), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/meetings/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String create(@PathVariable long officeId, @ModelAttribute("meetingFields") MeetingFields fields, BindingResult binding,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        return save(officeId, null, fields, binding, files, List.of(), model);
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String edit(@PathVariable long officeId, @PathVariable long meetingId, Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        MeetingForm form = MeetingForm.of(meeting);
        return formPage(officeId, meeting, form, form.rowsWithRoom(MeetingForm.EMPTY_ROWS), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String update(@PathVariable long officeId, @PathVariable long meetingId,
                  @ModelAttribute("meetingFields") MeetingFields fields, BindingResult binding,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(name = "remove", required = false) List<String> remove, Model model) {
        meeting(officeId, meetingId);
        List<Long> removals = remove == null ? List.of() : remove.stream().map(MeetingForm::parseLong).filter(id -> id > 0).toList();
        return save(officeId, meetingId, fields, binding, files, removals, model);
    }

    private String save(long officeId, Long meetingId, MeetingFields fields, BindingResult binding, List<MultipartFile> files,
                        List<Long> removals, Model model) {
        MeetingForm form = MeetingForm.of(fields, Forms.typed(fields, binding).get("date"));
        Meeting before = meetingId == null ? null : meeting(officeId, meetingId);
        if ("more".equals(fields.action())) {
            return formPage(officeId, before, form, form.rowsWithRoom(MeetingForm.EMPTY_ROWS * 2), new FormErrors(), model);
        }
        FormErrors errors = Forms.errors(binding, Map.of("date", "meeting.error.date"));
        Meetings.MeetingInput input = form.input(fields.date(), errors);
        return Forms.saveOrShow(errors, () -> {
            Meeting saved = meetings.save(officeId, meetingId, input, uploads(files), removals);
            return "redirect:/offices/" + officeId + "/meetings/" + saved.id();
        }, refused -> {
            if (files != null && files.stream().anyMatch(f -> !f.isEmpty())) {
                refused.add("files", "meeting.error.chooseAgain"); // a browser never fills a file field again
            }
            return formPage(officeId, before, form, form.rowsWithRoom(MeetingForm.EMPTY_ROWS), refused, model);
        });
    }

    private String formPage(long officeId, Meeting meeting, MeetingForm form, List<MeetingForm.AgendaRow> rows,
                            FormErrors errors, Model model) {
        if (meeting != null && !meeting.status().editable()) {
            throw UserFacingException.badRequest("meeting.error.notEditable");
        }
        model.addAttribute("office", office(officeId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        // a notice already issued: moving the meeting calls for a revised notice, said before saving
        model.addAttribute("notice", meeting == null ? null : meetings.noticeStanding(officeId, meeting.id()));
        return "meeting/form";
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/cancel")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String cancel(@PathVariable long officeId, @PathVariable long meetingId) {
        meetings.cancel(officeId, meetingId);
        return "redirect:/offices/" + officeId + "/meetings/" + meetingId;
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/attachments/{attachmentId}")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> attachment(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long attachmentId) {
        Upload file = meetings.attachment(officeId, meetingId, attachmentId)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Uploads.download(file.fileName(), file.contentType(), file.bytes());
    }

    // ---- helpers

    private Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }

    private static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile f : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue; // the empty file field
            }
            try {
                uploads.add(new Upload(nz(f.getOriginalFilename()), nz(f.getContentType()), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
