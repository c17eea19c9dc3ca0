package bd.udbhabon.meeting.web;

import bd.udbhabon.paper.IssueConfirmation;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.Meetings.RevisionInput;
import bd.udbhabon.meeting.NoticeRevision;
import bd.udbhabon.meeting.NoticeState;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
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
 * The revised notice (সংশোধিত নোটিশ) of a meeting moved after its notice (issue 19, point 7): the form
 * (memo file, date, signatory, started from the first notice's), the confirmation with its preview, the
 * issue and then its mail to whom the first went, and its papers. Writing needs {@code WRITE_RECORDS}.
 */
@Controller
class RevisedNoticePages {

    private static final List<String> FIELDS = List.of("memoFile", "issuedOn", "signatoryName", "signatoryDesignation",
            "extraEmails", "fileNumber", "subject", "nextSerial");

    private final Meetings meetings;
    private final OfficeDirectory offices;
    private final MemoNumbering numbering;

    RevisedNoticePages(Meetings meetings, OfficeDirectory offices, MemoNumbering numbering) {
        this.meetings = meetings;
        this.offices = offices;
        this.numbering = numbering;
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/notice/revision")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String form(@PathVariable long officeId, @PathVariable long meetingId, Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("memoFile", meetings.noticeMemoFile(officeId, meetingId).map(String::valueOf).orElse(""));
        form.put("issuedOn", Dhaka.today().toString());
        List<String> signatory = meetings.noticeSignatory(officeId, meetingId);
        form.put("signatoryName", signatory.get(0));
        form.put("signatoryDesignation", signatory.get(1));
        return page(officeId, meeting, form, new FormErrors(), new FormErrors(), null, model);
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/notice/revision")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String revise(@PathVariable long officeId, @PathVariable long meetingId, @Valid @ModelAttribute("notice") NoticeForm form,
                  BindingResult binding, Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        Map<String, String> typed = Forms.typed(form, binding);
        if (IssueConfirmation.back(form.back())) {
            return page(officeId, meeting, typed, new FormErrors(), new FormErrors(), null, model);
        }
        return Forms.saveOrShow(Forms.errors(binding, Map.of("issuedOn", "meeting.error.issuedOn")), () -> {
            RevisionInput input = input(form);
            return IssueConfirmation.issueOnceConfirmed(form.confirmed(), () -> meetings.checkRevision(officeId, meetingId, input), memo -> {
                NoticeRevision revision = meetings.reviseNotice(officeId, meetingId, input, memo);
                // Committed: the mail may fail without taking the revised notice with it.
                meetings.mailRevision(officeId, meetingId, revision.id());
                return "redirect:/offices/" + officeId + "/meetings/" + meetingId + "?revised";
            }, (memo, changed) -> page(officeId, meeting, typed, new FormErrors(), new FormErrors(),
                    MeetingNoticePages.confirmation(officeId, meetingId, "/notice/revision", memo, typed, changed), model));
        }, errors -> page(officeId, meeting, typed, errors, new FormErrors(), null, model));
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/notice/revision/preview")
    @OfficeAccess(Permission.WRITE_RECORDS)
    ResponseEntity<byte[]> preview(@PathVariable long officeId, @PathVariable long meetingId,
                                   @Valid @ModelAttribute("notice") NoticeForm form, BindingResult binding) {
        FormErrors errors = Forms.errors(binding, Map.of("issuedOn", "meeting.error.issuedOn"));
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return IssueConfirmation.preview(meetings.revisionPreview(officeId, meetingId, input(form)), "সংশোধিত-নোটিশ-পূর্বরূপ.pdf");
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/notice/revision/file")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String openFile(@PathVariable long officeId, @PathVariable long meetingId, @Valid @ModelAttribute("notice") NoticeForm form,
                    BindingResult binding, Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        Map<String, String> typed = Forms.typed(form, binding);
        FormErrors fileErrors = Forms.errors(binding);
        if (fileErrors.has("subject")) {
            return page(officeId, meeting, typed, new FormErrors(), fileErrors, null, model);
        }
        MemoNumbering.Opened opened = numbering.openFrom(officeId, typed);
        return page(officeId, meeting, opened.selectedIn(typed), new FormErrors(), opened.errors(), null, model);
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/notice/revisions/{revisionId}.pdf")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long revisionId) {
        NoticeRevision revision = revision(officeId, meetingId, revisionId);
        byte[] bytes = meetings.revisionPdf(officeId, meetingId, revisionId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Downloads.attachment(bytes, MediaType.APPLICATION_PDF, "সংশোধিত-নোটিশ-" + BanglaDigits.toBangla(revision.memoNumber()) + ".pdf");
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/notice/revisions/{revisionId}.docx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> docx(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long revisionId) {
        NoticeRevision revision = revision(officeId, meetingId, revisionId);
        byte[] bytes = meetings.revisionDocx(officeId, meetingId, revisionId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Downloads.attachment(bytes, Downloads.DOCX, "সংশোধিত-নোটিশ-" + BanglaDigits.toBangla(revision.memoNumber()) + ".docx");
    }

    private String page(long officeId, Meeting meeting, Map<String, String> form, FormErrors errors, FormErrors fileErrors,
                        IssueConfirmation confirmation, Model model) {
        Meetings.NoticeStanding standing = meetings.noticeStanding(officeId, meeting.id());
        if (standing.state() != NoticeState.OUTDATED) {
            throw UserFacingException.badRequest(standing.state() == NoticeState.NONE ? "meeting.error.noNotice" : "meeting.error.noticeCurrent");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, MeetingNoticePages.nz(form.get(field)));
        }
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("files", numbering.files(officeId));
        model.addAttribute("mailing", meetings.mailing(officeId, meeting.id()));
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("action", "/offices/" + officeId + "/meetings/" + meeting.id() + "/notice/revision");
        model.addAttribute("standing", standing);
        return "meeting/notice";
    }

    private static RevisionInput input(NoticeForm form) {
        return new RevisionInput(MeetingForm.parseLong(form.memoFile()), form.issuedOn(), Inputs.clean(form.signatoryName()),
                Inputs.clean(form.signatoryDesignation()));
    }

    private Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private NoticeRevision revision(long officeId, long meetingId, long revisionId) {
        meeting(officeId, meetingId);
        return meetings.noticeStanding(officeId, meetingId).revisions().stream().filter(r -> r.id() == revisionId).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }
}
