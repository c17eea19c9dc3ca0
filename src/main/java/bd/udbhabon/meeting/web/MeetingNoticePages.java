package bd.udbhabon.meeting.web;

import bd.udbhabon.paper.IssueConfirmation;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.Meetings.NoticeInput;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A meeting's notice: the form (a memo file, the date, the signatory; a file may be opened from the
 * same page), issuing it (then the mail, after the commit) and its papers. Every write needs
 * {@code WRITE_RECORDS} on the office, checked before anything is looked up.
 */
@Controller
class MeetingNoticePages {

    private static final List<String> FIELDS = List.of("memoFile", "issuedOn", "signatoryName", "signatoryDesignation",
            "extraEmails", "fileNumber", "subject", "nextSerial");

    private final Meetings meetings;
    private final OfficeDirectory offices;
    private final MemoNumbering numbering;

    MeetingNoticePages(Meetings meetings, OfficeDirectory offices, MemoNumbering numbering) {
        this.meetings = meetings;
        this.offices = offices;
        this.numbering = numbering;
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/notice")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String noticeForm(@PathVariable long officeId, @PathVariable long meetingId, Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("memoFile", "");
        form.put("issuedOn", Dhaka.today().toString());
        // the office's usual signatory (who signed its last notice), else the member-secretary, else the chair
        List<String> signatory = meetings.noticeSignatory(officeId, meetingId);
        form.put("signatoryName", signatory.get(0));
        form.put("signatoryDesignation", signatory.get(1));
        return noticePage(officeId, meeting, form, new FormErrors(), new FormErrors(), null, model);
    }

    /**
     * Issuing takes two steps (issue 19, point 9): the form checked, then a confirmation naming the number
     * the notice will take, with its preview; only a POST confirming that number issues it.
     */
    @PostMapping("/offices/{officeId}/meetings/{meetingId}/notice")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String issueNotice(@PathVariable long officeId, @PathVariable long meetingId, @Valid @ModelAttribute("notice") NoticeForm form,
                       BindingResult binding, Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        Map<String, String> typed = Forms.typed(form, binding);
        if (IssueConfirmation.back(form.back())) {
            return noticePage(officeId, meeting, typed, new FormErrors(), new FormErrors(), null, model);
        }
        return Forms.saveOrShow(Forms.errors(binding, Map.of("issuedOn", "meeting.error.issuedOn")), () -> {
            NoticeInput input = input(form);
            return IssueConfirmation.issueOnceConfirmed(form.confirmed(), () -> meetings.checkNotice(officeId, meetingId, input), memo -> {
                meetings.issueNotice(officeId, meetingId, input, memo);
                // Committed: now the mail, which may fail without taking the notice with it.
                meetings.mailNotice(officeId, meetingId);
                return "redirect:/offices/" + officeId + "/meetings/" + meetingId + "?noticed";
            }, (memo, changed) -> noticePage(officeId, meeting, typed, new FormErrors(), new FormErrors(),
                    confirmation(officeId, meetingId, "/notice", memo, typed, changed), model));
        }, errors -> noticePage(officeId, meeting, typed, errors, new FormErrors(), null, model));
    }

    /** The notice exactly as it would be issued now (the file's next number), shown and not kept. */
    @PostMapping("/offices/{officeId}/meetings/{meetingId}/notice/preview")
    @OfficeAccess(Permission.WRITE_RECORDS)
    ResponseEntity<byte[]> preview(@PathVariable long officeId, @PathVariable long meetingId,
                                   @Valid @ModelAttribute("notice") NoticeForm form, BindingResult binding) {
        FormErrors errors = Forms.errors(binding, Map.of("issuedOn", "meeting.error.issuedOn"));
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return IssueConfirmation.preview(meetings.noticePreview(officeId, meetingId, input(form)), "সভার-নোটিশ-পূর্বরূপ.pdf");
    }

    static NoticeInput input(NoticeForm form) {
        List<String> extra = Arrays.stream(nz(form.extraEmails()).split("[\\s,;]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new NoticeInput(MeetingForm.parseLong(form.memoFile()), form.issuedOn(), Inputs.clean(form.signatoryName()),
                Inputs.clean(form.signatoryDesignation()), extra);
    }

    /** The confirmation step of a notice's form posted to {@code path} under the meeting: its fields sent again. */
    static IssueConfirmation confirmation(long officeId, long meetingId, String path, String memo, Map<String, String> typed,
                                          boolean numberChanged) {
        return IssueConfirmation.of(memo, "/offices/" + officeId + "/meetings/" + meetingId + path, typed,
                List.of("memoFile", "issuedOn", "signatoryName", "signatoryDesignation", "extraEmails"), numberChanged);
    }

    /** Opens a memo file of the office from the notice page, and selects it. */
    @PostMapping("/offices/{officeId}/meetings/{meetingId}/notice/file")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String openFile(@PathVariable long officeId, @PathVariable long meetingId, @Valid @ModelAttribute("notice") NoticeForm form,
                    BindingResult binding, Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        Map<String, String> typed = Forms.typed(form, binding);
        FormErrors fileErrors = Forms.errors(binding);
        if (fileErrors.has("subject")) {
            return noticePage(officeId, meeting, typed, new FormErrors(), fileErrors, null, model);
        }
        MemoNumbering.Opened opened = numbering.openFrom(officeId, typed);
        return noticePage(officeId, meeting, opened.selectedIn(typed), new FormErrors(), opened.errors(), null, model);
    }

    private String noticePage(long officeId, Meeting meeting, Map<String, String> form, FormErrors errors,
                              FormErrors fileErrors, IssueConfirmation confirmation, Model model) {
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw UserFacingException.badRequest(meeting.noticeIssued() ? "meeting.error.noticeIssued" : "meeting.error.notEditable");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, nz(form.get(field)));
        }
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("files", numbering.files(officeId));
        model.addAttribute("mailing", meetings.mailing(officeId, meeting.id()));
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("action", "/offices/" + officeId + "/meetings/" + meeting.id() + "/notice");
        model.addAttribute("standing", null);
        return "meeting/notice";
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/notice.pdf")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> noticePdf(@PathVariable long officeId, @PathVariable long meetingId) {
        Meeting meeting = meeting(officeId, meetingId);
        byte[] bytes = meetings.noticePdf(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Downloads.attachment(bytes, MediaType.APPLICATION_PDF, "সভার-নোটিশ-" + BanglaDigits.toBangla(meeting.noticeMemoNumber()) + ".pdf");
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/notice.docx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> noticeDocx(@PathVariable long officeId, @PathVariable long meetingId) {
        Meeting meeting = meeting(officeId, meetingId);
        byte[] bytes = meetings.noticeDocx(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Downloads.attachment(bytes, Downloads.DOCX,
                "সভার-নোটিশ-" + BanglaDigits.toBangla(meeting.noticeMemoNumber()) + ".docx");
    }

    private Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
