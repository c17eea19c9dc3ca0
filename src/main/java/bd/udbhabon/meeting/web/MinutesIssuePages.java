package bd.udbhabon.meeting.web;

import bd.udbhabon.paper.IssueConfirmation;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.document.Recipients;
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
import org.springframework.http.ResponseEntity;
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
        // started where the office left off: its usual signatory, the previous minutes' lists, this paper's implementers
        MinutesBook.IssueInput start = minutes.startingIssue(officeId, minutesId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("issuedOn", start.issuedOn().toString());
        form.put("signatoryName", nz(start.signatoryNameBn()));
        form.put("signatoryDesignation", nz(start.signatoryDesignationBn()));
        form.put("signatoryPhone", nz(start.signatoryPhone()));
        form.put("signatoryEmail", nz(start.signatoryEmail()));
        form.put("distribution", String.join("\n", start.distribution()));
        form.put("copies", String.join("\n", start.copies()));
        // "sent to the Cabinet Division" is recorded only when the officer ticks it: it is a fact, not a default (issue 19, point 13)
        return issuePage(officeId, meetingId, version, form, new FormErrors(), new FormErrors(), null, model);
    }

    /**
     * Issuing takes two steps (issue 19, point 9): the form checked, then a confirmation naming the number
     * the minutes will take, with their preview; only a POST confirming that number issues them.
     */
    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String issue(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                 @Valid @ModelAttribute("issue") MinutesIssueForm form, BindingResult binding, Model model) {
        MinutesVersion version = version(officeId, meetingId, minutesId);
        Map<String, String> typed = Forms.typed(form, binding);
        if (IssueConfirmation.back(form.back())) {
            return issuePage(officeId, meetingId, version, typed, new FormErrors(), new FormErrors(), null, model);
        }
        // reported on their fields, so the form comes back as typed (the signatory's words are printed)
        FormErrors errors = Forms.errors(binding, Map.of("issuedOn", "meeting.error.issuedOn"));
        return Forms.saveOrShow(errors, () -> {
            MinutesBook.IssueInput input = input(form);
            return IssueConfirmation.issueOnceConfirmed(form.confirmed(), () -> minutes.checkIssue(officeId, minutesId, input), memo -> {
                minutes.issue(officeId, minutesId, input, memo);
                minutes.mailIssued(officeId, minutesId); // committed: the mail may fail without taking the minutes with it
                return "redirect:/offices/" + officeId + "/meetings/" + meetingId + "/minutes?issued";
            }, (memo, changed) -> issuePage(officeId, meetingId, version, typed, new FormErrors(), new FormErrors(),
                    confirmation(officeId, meetingId, minutesId, memo, typed, changed), model));
        }, refused -> issuePage(officeId, meetingId, version, typed, refused, new FormErrors(), null, model));
    }

    /** The minutes exactly as they would be issued now (the file's next number), shown and not kept. */
    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue/preview")
    @OfficeAccess(Permission.WRITE_RECORDS)
    ResponseEntity<byte[]> preview(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                                   @Valid @ModelAttribute("issue") MinutesIssueForm form, BindingResult binding) {
        version(officeId, meetingId, minutesId);
        FormErrors errors = Forms.errors(binding, Map.of("issuedOn", "meeting.error.issuedOn"));
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return IssueConfirmation.preview(minutes.issuePreview(officeId, minutesId, input(form)), "কার্যবিবরণী-পূর্বরূপ.pdf");
    }

    private static MinutesBook.IssueInput input(MinutesIssueForm form) {
        return new MinutesBook.IssueInput(MeetingForm.parseLong(form.memoFile()), form.issuedOn(),
                Inputs.clean(form.signatoryName()), Inputs.clean(form.signatoryDesignation()),
                Inputs.clean(form.signatoryPhone()), Inputs.clean(form.signatoryEmail()),
                lines(form.distribution()), lines(form.copies()), !nz(form.sendToCabinet()).isEmpty());
    }

    private static IssueConfirmation confirmation(long officeId, long meetingId, long minutesId, String memo, Map<String, String> typed,
                                                  boolean numberChanged) {
        return IssueConfirmation.of(memo, "/offices/" + officeId + "/meetings/" + meetingId + "/minutes/" + minutesId + "/issue", typed,
                List.of("memoFile", "issuedOn", "signatoryName", "signatoryDesignation", "signatoryPhone", "signatoryEmail",
                        "distribution", "copies", "sendToCabinet"), numberChanged);
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
            return issuePage(officeId, meetingId, version, typed, new FormErrors(), fileErrors, null, model);
        }
        MemoNumbering.Opened opened = numbering.openFrom(officeId, typed);
        return issuePage(officeId, meetingId, version, opened.selectedIn(typed), new FormErrors(), opened.errors(),
                null, model);
    }

    private String issuePage(long officeId, long meetingId, MinutesVersion version, Map<String, String> form, FormErrors errors,
                             FormErrors fileErrors, IssueConfirmation confirmation, Model model) {
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
        model.addAttribute("confirmation", confirmation);
        return "meeting/minutes-issue";
    }

    private Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private MinutesVersion version(long officeId, long meetingId, long minutesId) {
        return minutes.version(officeId, minutesId).filter(v -> v.meetingId() == meetingId)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** One recipient a line, each mended where an empty part left a bare separator (", দিনাজপুর।"). */
    private static List<String> lines(String text) {
        return Recipients.mendAll(Arrays.stream(nz(text).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
