package bd.udbhabon.meeting.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A meeting's minutes: the page with its versions and workflow, the form in the three styles, the
 * issue form and the papers. Reading needs the office's records; drafting, circulating, issuing and
 * correcting need {@code WRITE_RECORDS}; approving needs {@code APPROVE_MINUTES}; commenting needs
 * {@code COMMENT} or {@code WRITE_RECORDS}. The service checks each again.
 */
@Controller
class MinutesPages {

    private static final int EXTRA_ITEMS = 2;
    /** The editor's row buttons: "decision-2" adds a decision under item 3, "remove-2-1" takes its second away. */
    private static final Pattern ADD_DECISION = Pattern.compile("decision-(\\d{1,2})");
    private static final Pattern REMOVE_DECISION = Pattern.compile("remove-(\\d{1,2})-(\\d{1,2})");
    /** Issue 14, point 7: "plan-note-3" keeps item 4's discussion as its plan row's progress note. */
    private static final Pattern PLAN_NOTE = Pattern.compile("plan-note-(\\d{1,2})");

    private final MinutesBook minutes;
    private final Meetings meetings;
    private final OfficeDirectory offices;
    private final DecisionRegister register;
    private final PeopleDirectory people;
    private final AccessPolicy access;
    private final MinutesPlanPart plan;

    MinutesPages(MinutesBook minutes, Meetings meetings, OfficeDirectory offices, DecisionRegister register, PeopleDirectory people,
                 AccessPolicy access, MinutesPlanPart plan) {
        this.plan = plan;
        this.minutes = minutes;
        this.meetings = meetings;
        this.offices = offices;
        this.register = register;
        this.people = people;
        this.access = access;
    }

    // ---- the page

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/minutes")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @PathVariable long meetingId, @RequestParam(required = false) Long version, Model model) {
        return page(officeId, meetingId, version, Dhaka.today().toString(), new FormErrors(), new FormErrors(), model);
    }

    /**
     * The page, with what stopped a button (a paper that cannot be printed) above it, and the approval
     * form holding {@code approvedOn} as typed with its errors.
     */
    private String page(long officeId, long meetingId, Long version, String approvedOn, FormErrors approveErrors, FormErrors problems,
                        Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        List<MinutesVersion> versions = minutes.versions(officeId, meetingId);
        MinutesVersion shown = version == null ? (versions.isEmpty() ? null : versions.getLast())
                : versions.stream().filter(v -> v.id() == version).findFirst()
                        .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        boolean mayWrite = access.allows(Permission.WRITE_RECORDS, officeId);
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("versions", versions);
        model.addAttribute("shown", shown);
        model.addAttribute("standing", minutes.standing(officeId, meetingId));
        model.addAttribute("comments", shown == null ? List.of() : minutes.comments(officeId, shown.id()));
        model.addAttribute("mailing", shown == null ? null : minutes.mailing(officeId, shown.id()));
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("mayApprove", minutes.mayApprove(officeId));
        model.addAttribute("mayComment", minutes.mayComment(officeId));
        model.addAttribute("mayStart", mayWrite && meeting.status() == MeetingStatus.HELD && versions.isEmpty());
        model.addAttribute("mayCorrect", mayWrite && shown != null && shown.status() == MinutesStatus.ISSUED
                && shown.id() == versions.getLast().id());
        model.addAttribute("coopted", shown != null && shown.status() == MinutesStatus.ISSUED
                && shown.content().items().stream().anyMatch(i -> i.decisions().stream()
                        .anyMatch(d -> d.kind() == MinutesContent.DecisionKind.COOPT)));
        model.addAttribute("posts", postTitles(officeId));
        model.addAttribute("approvedOn", approvedOn);
        model.addAttribute("approveErrors", approveErrors);
        model.addAttribute("problems", problems);
        return "meeting/minutes";
    }

    // ---- the form

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/minutes/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String edit(@PathVariable long officeId, @PathVariable long meetingId, Model model) {
        meeting(officeId, meetingId);
        MinutesContent content = open(officeId, meetingId).map(MinutesVersion::content)
                .orElseGet(() -> minutes.startingContent(officeId, meetingId));
        return formPage(officeId, meetingId, MinutesForm.of(content).withRoom(EXTRA_ITEMS), new FormErrors(), null, model);
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String save(@PathVariable long officeId, @PathVariable long meetingId, @ModelAttribute("minutesForm") MinutesForm bound,
                BindingResult binding, @RequestParam(defaultValue = "save") String action, Model model) {
        meeting(officeId, meetingId);
        // every field is text, so binding fails only on rows numbered beyond what the form offers: those are not read
        MinutesForm typed = bound.typed();
        if ("more".equals(action)) {
            return formPage(officeId, meetingId, typed.withoutBlankRows().withRoom(EXTRA_ITEMS * 2), new FormErrors(), null, model);
        }
        // "+ সিদ্ধান্ত" and "remove" change the rows the page showed, where they stood; nothing is saved
        Matcher add = ADD_DECISION.matcher(action);
        if (add.matches()) {
            int item = Integer.parseInt(add.group(1));
            MinutesForm form = typed.withDecisionAdded(item);
            int added = item < form.items().size() ? form.items().get(item).decisions().size() - 1 : -1;
            return formPage(officeId, meetingId, form.withRoom(0), new FormErrors(), "i" + item + "d" + added, model);
        }
        // the action plan's rows added to the items, or an item's discussion kept as its row's note; the minutes not saved
        if ("plan-rows".equals(action)) {
            MinutesForm form = plan.plan(officeId, meeting(officeId, meetingId)).map(p -> MinutesPlanPart.filled(typed, p)).orElse(typed);
            return formPage(officeId, meetingId, form.withRoom(EXTRA_ITEMS), new FormErrors(), null, model);
        }
        Matcher note = PLAN_NOTE.matcher(action);
        if (note.matches()) {
            int item = Integer.parseInt(note.group(1));
            model.addAttribute("planOutcome", plan.keepNote(officeId, meeting(officeId, meetingId), typed, item));
            model.addAttribute("planOutcomeItem", item);
            return formPage(officeId, meetingId, typed.withRoom(0), new FormErrors(), null, model);
        }
        Matcher remove = REMOVE_DECISION.matcher(action);
        if (remove.matches()) {
            MinutesForm form = typed.withDecisionRemoved(Integer.parseInt(remove.group(1)), Integer.parseInt(remove.group(2)));
            return formPage(officeId, meetingId, form.withRoom(0), new FormErrors(), null, model);
        }
        MinutesForm form = typed.withoutBlankRows();
        FormErrors errors = new FormErrors();
        MinutesContent content = form.content(errors, choices(officeId), postTitles(officeId));
        return Forms.saveOrShow(errors, () -> {
            minutes.saveDraft(officeId, meetingId, content);
            return "redirect:/offices/" + officeId + "/meetings/" + meetingId + "/minutes?saved";
        }, refused -> formPage(officeId, meetingId, form.withRoom(EXTRA_ITEMS), refused, null, model));
    }

    /** The form page; {@code focus} names the decision slot just added ("i2d1"), which gets the cursor. */
    private String formPage(long officeId, long meetingId, MinutesForm form, FormErrors errors, String focus, Model model) {
        Meeting meeting = meeting(officeId, meetingId);
        if (meeting.status() != MeetingStatus.HELD) {
            throw UserFacingException.badRequest("minutes.error.notHeld");
        }
        List<MinutesVersion> versions = minutes.versions(officeId, meetingId);
        if (!versions.isEmpty() && versions.stream().noneMatch(MinutesVersion::editable)) {
            throw UserFacingException.badRequest("minutes.error.issued");
        }
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("standing", minutes.standing(officeId, meetingId));
        model.addAttribute("choices", register.ownerChoices(officeId));
        model.addAttribute("posts", people.posts(officeId).stream().filter(Post::active).toList());
        model.addAttribute("correction", open(officeId, meetingId).map(MinutesVersion::correction).orElse(false));
        model.addAttribute("focus", focus == null ? "" : focus);
        model.addAttribute("plan", plan.plan(officeId, meeting).orElse(null));
        return "meeting/minutes-form";
    }

    // ---- the workflow

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/circulate")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String circulate(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId, Model model) {
        version(officeId, meetingId, minutesId);
        // still a draft when refused: nothing was changed
        return Forms.saveOrShow(new FormErrors(), () -> {
            minutes.circulate(officeId, minutesId);
            minutes.mailCirculated(officeId, minutesId); // after the commit: a failed mail keeps the minutes circulated
            return back(officeId, meetingId, "circulated");
        }, problems -> page(officeId, meetingId, minutesId, Dhaka.today().toString(), new FormErrors(), problems, model));
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/comment")
    @OfficeAccess(Permission.READ_RECORDS)
    String comment(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                   @RequestParam(defaultValue = "") String text) {
        if (!minutes.mayComment(officeId)) {
            throw new UserFacingException(403, "error.forbidden"); // before any lookup, as the annotations do
        }
        version(officeId, meetingId, minutesId);
        minutes.comment(officeId, minutesId, text);
        return back(officeId, meetingId, "commented");
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/approve")
    @OfficeAccess(Permission.APPROVE_MINUTES)
    String approve(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                   @RequestParam(required = false) String approvedOn, Model model) {
        version(officeId, meetingId, minutesId);
        // No field at all (an older form) is today; a field left empty or mistyped is an error.
        LocalDate on = approvedOn == null ? Dhaka.today() : FormDates.read(approvedOn);
        FormErrors errors = on == null ? new FormErrors().add("approvedOn", "minutes.error.approvedOnMissing") : new FormErrors();
        return Forms.saveOrShow(errors, () -> {
            minutes.approve(officeId, minutesId, on);
            return back(officeId, meetingId, "approved");
        }, refused -> page(officeId, meetingId, minutesId, nz(approvedOn), refused, new FormErrors(), model));
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/correct")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String correct(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                   @RequestParam(defaultValue = "") String note) {
        version(officeId, meetingId, minutesId);
        minutes.startCorrection(officeId, minutesId, note);
        return "redirect:/offices/" + officeId + "/meetings/" + meetingId + "/minutes/edit";
    }

    @PostMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/cabinet")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String sentToCabinet(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                         @RequestParam(defaultValue = "") String sentOn) {
        version(officeId, meetingId, minutesId);
        minutes.sentToCabinet(officeId, minutesId, FormDates.read(sentOn));
        return back(officeId, meetingId, "sent");
    }

    // ---- papers

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}.pdf")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId) {
        MinutesVersion version = version(officeId, meetingId, minutesId);
        byte[] bytes = minutes.previewPdf(officeId, minutesId);
        return Downloads.attachment(bytes, MediaType.APPLICATION_PDF, fileName(version) + ".pdf");
    }

    @GetMapping("/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}.docx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> docx(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId) {
        MinutesVersion version = version(officeId, meetingId, minutesId);
        byte[] bytes = minutes.docx(officeId, minutesId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Downloads.attachment(bytes, Downloads.DOCX, fileName(version) + ".docx");
    }

    private static String fileName(MinutesVersion version) {
        return version.memoNumber() == null ? "কার্যবিবরণী-খসড়া" : "কার্যবিবরণী-" + BanglaDigits.toBangla(version.memoNumber());
    }

    // ---- helpers

    private java.util.Optional<MinutesVersion> open(long officeId, long meetingId) {
        return minutes.versions(officeId, meetingId).stream().filter(MinutesVersion::editable).findFirst();
    }

    private Map<String, OwnerChoice> choices(long officeId) {
        return register.ownerChoices(officeId).stream().collect(Collectors.toMap(OwnerChoice::key, Function.identity(), (a, b) -> a));
    }

    private Map<Long, String> postTitles(long officeId) {
        return people.posts(officeId).stream().collect(Collectors.toMap(Post::id, Post::titleBn, (a, b) -> a));
    }

    private Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private MinutesVersion version(long officeId, long meetingId, long minutesId) {
        return minutes.version(officeId, minutesId).filter(v -> v.meetingId() == meetingId)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private static String back(long officeId, long meetingId, String flag) {
        return "redirect:/offices/" + officeId + "/meetings/" + meetingId + "/minutes?" + flag;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
