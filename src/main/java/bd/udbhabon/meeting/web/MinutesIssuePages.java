package bd.udbhabon.meeting.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Issuing approved minutes: the form (memo file, date, signatory, distribution; a file may be opened
 * from the same page), then the mail after the commit. Needs {@code WRITE_RECORDS}; the service checks again.
 */
@Controller
class MinutesIssuePages {

    private static final List<String> FIELDS = List.of("memoFile", "issuedOn", "signatoryName", "signatoryDesignation",
            "signatoryPhone", "signatoryEmail", "distribution", "copies", "sendToCabinet", "fileNumber", "subject", "nextSerial");

    private final MinutesBook minutes;
    private final Meetings meetings;
    private final OfficeDirectory offices;
    private final MemoNumbering numbering;

    MinutesIssuePages(MinutesBook minutes, Meetings meetings, OfficeDirectory offices, MemoNumbering numbering) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.offices = offices;
        this.numbering = numbering;
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String issueForm(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId, Model model) {
        MinutesVersion version = version(officeId, meetingId, minutesId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("issuedOn", Dhaka.today().toString());
        form.put("distribution", String.join("\n", version.distribution()));
        form.put("copies", String.join("\n", version.copies()));
        // "sent to the Cabinet Division" is recorded only when the officer ticks it: it is a fact, not a default (issue 19, point 13)
        return issuePage(officeId, meetingId, version, form, new FormErrors(), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String issue(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                 @Valid @ModelAttribute("issue") MinutesIssueForm form, BindingResult binding, Model model) {
        MinutesVersion version = version(officeId, meetingId, minutesId);
        // reported on their fields, so the form comes back as typed (the signatory's words are printed)
        FormErrors errors = Forms.errors(binding, Map.of("issuedOn", "meeting.error.issuedOn"));
        return Forms.saveOrShow(errors, () -> {
            minutes.issue(officeId, minutesId, new MinutesBook.IssueInput(MeetingForm.parseLong(form.memoFile()), form.issuedOn(),
                    Inputs.clean(form.signatoryName()), Inputs.clean(form.signatoryDesignation()),
                    Inputs.clean(form.signatoryPhone()), Inputs.clean(form.signatoryEmail()),
                    lines(form.distribution()), lines(form.copies()), !nz(form.sendToCabinet()).isEmpty()));
            minutes.mailIssued(officeId, minutesId); // committed: the mail may fail without taking the minutes with it
            return "redirect:/offices/" + officeId + "/meetings/" + meetingId + "/minutes?issued";
        }, refused -> issuePage(officeId, meetingId, version, Forms.typed(form, binding), refused, new FormErrors(), model));
    }

    /** Opens a memo file of the office from the issue page, and selects it. */
    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue/file")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String openFile(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                    @Valid @ModelAttribute("issue") MinutesIssueForm form, BindingResult binding, Model model) {
        MinutesVersion version = version(officeId, meetingId, minutesId);
        Map<String, String> typed = Forms.typed(form, binding);
        FormErrors fileErrors = Forms.errors(binding);
        if (fileErrors.has("subject")) {
            return issuePage(officeId, meetingId, version, typed, new FormErrors(), fileErrors, model);
        }
        MemoNumbering.Opened opened = numbering.openFrom(officeId, typed);
        return issuePage(officeId, meetingId, version, MeetingNoticePages.selected(typed, opened), new FormErrors(), opened.errors(), model);
    }

    private String issuePage(long officeId, long meetingId, MinutesVersion version, Map<String, String> form, FormErrors errors,
                             FormErrors fileErrors, Model model) {
        if (version.status() != MinutesStatus.APPROVED) {
            throw UserFacingException.badRequest(version.status() == MinutesStatus.ISSUED ? "minutes.error.issued" : "minutes.error.notApproved");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, nz(form.get(field)));
        }
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("meeting", meeting(officeId, meetingId));
        model.addAttribute("version", version);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("files", numbering.files(officeId));
        model.addAttribute("cabinetEmail", minutes.cabinetDivisionEmail().orElse(null));
        return "meeting/minutes-issue";
    }

    private Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private MinutesVersion version(long officeId, long meetingId, long minutesId) {
        return minutes.version(officeId, minutesId).filter(v -> v.meetingId() == meetingId)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(nz(text).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
