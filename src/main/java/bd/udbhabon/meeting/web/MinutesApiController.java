package bd.udbhabon.meeting.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.meeting.web.MinutesApiBodies.*;
import bd.udbhabon.access.Permission;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.document.Minutes.Style;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesContent.DecisionEntry;
import bd.udbhabon.meeting.MinutesContent.DecisionKind;
import bd.udbhabon.meeting.MinutesContent.Item;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.CommitteeRole;
import bd.udbhabon.team.SubCommittees;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's minutes for other government systems, over the same {@link MinutesBook} as the pages
 * (its checks, audit, validation and mail). The papers are not served twice: the JSON names the
 * pages' PDF and DOCX paths, which take the same credentials. Like the pages, circulating and issuing
 * mail the members after the service's transaction has committed.
 */
@RestController
@RequestMapping("/api/v1/offices/{officeId}/meetings/{meetingId}/minutes")
@Tag(name = "Minutes", description = """
        The minutes (কার্যবিবরণী) of an office's innovation team meetings: every version (the first as issued, later ones
        corrections), the standing item on the previous meeting's decisions computed from the register (never typed),
        and the workflow: draft (খসড়া), circulate to the members for comments (মতামত), approve as the chair (অনুমোদন),
        issue with a memo number (জারি; the agenda decisions then go into the decision register, each decision naming its
        `registerId`), record as sent to the Cabinet Division, and start a correction (সংশোধনী). Texts are as typed, in
        Bangla; dates are yyyy-mm-dd. An owner (বাস্তবায়নকারী কর্তৃপক্ষ) is sent by its key: "office:5", "post:12" or
        "level:DISTRICT:3" (every office of the level under office 3), with the words to print. Reading needs the
        office's records (superior offices read too); drafting, circulating, issuing, correcting and recording the
        sending need write access to the office; approving needs the chair's right (the team head or the office's
        administrator); commenting needs the right to comment or to write. Errors name the fields as the service does
        (e.g. item_2_d_0_owners). The PDF and DOCX are downloaded from the paths given (`/offices/…`).
        কার্যবিবরণীর সংস্করণ, খসড়া, অনুমোদন, জারি ও সংশোধনী।""")
class MinutesApiController {

    private final MinutesBook minutes;
    private final Meetings meetings;
    private final OfficeDirectory offices;
    private final DecisionRegister register;
    private final PeopleDirectory people;

    MinutesApiController(MinutesBook minutes, Meetings meetings, OfficeDirectory offices, DecisionRegister register,
                         PeopleDirectory people) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.offices = offices;
        this.register = register;
        this.people = people;
    }

    // ---- endpoints

    @GetMapping
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "Every version of the meeting's minutes (কার্যবিবরণী), the first first; empty before any draft")
    List<MinutesJson> versions(@PathVariable long officeId, @PathVariable long meetingId) {
        meeting(officeId, meetingId);
        return minutes.versions(officeId, meetingId).stream().map(MinutesJson::of).toList();
    }

    @GetMapping("/standing")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "Standing item 2 (বিগত সভার সিদ্ধান্ত বাস্তবায়ন): the previous meeting, its decisions' rate as of this "
            + "meeting's day, the sentence printed and the decisions carried in")
    StandingJson standing(@PathVariable long officeId, @PathVariable long meetingId) {
        meeting(officeId, meetingId);
        MinutesBook.Standing s = minutes.standing(officeId, meetingId);
        return new StandingJson(s.previous() == null ? null : new PreviousMeetingJson(s.previous().id(), s.previous().date()),
                s.rate() == null ? null : MeetingApiController.RateJson.of(s.rate()), s.rateSentenceBn(),
                s.carried().stream().map(MeetingApiController.CarriedJson::of).toList(), s.carriedLinesBn());
    }

    @PutMapping("/draft")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Saves the draft (খসড়া) of the meeting's open version, creating version 1 once the meeting is held; "
            + "approved minutes go back to draft. 400 with every field's problem, nothing saved")
    MinutesJson draft(@PathVariable long officeId, @PathVariable long meetingId, @RequestBody ContentInput body) {
        meeting(officeId, meetingId);
        FormErrors errors = new FormErrors();
        MinutesContent content = content(officeId, body, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return MinutesJson.of(minutes.saveDraft(officeId, meetingId, content));
    }

    @PostMapping("/{minutesId}/circulate")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Circulates the draft to the members for comments (মতামতের জন্য প্রেরণ) and e-mails them its PDF")
    MinutesJson circulate(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId) {
        version(officeId, meetingId, minutesId);
        minutes.circulate(officeId, minutesId);
        minutes.mailCirculated(officeId, minutesId); // after the commit: a failed mail keeps the minutes circulated
        return MinutesJson.of(version(officeId, meetingId, minutesId));
    }

    @GetMapping("/{minutesId}/comments")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The members' comments (মতামত) on the version, the first first")
    List<CommentJson> comments(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId) {
        version(officeId, meetingId, minutesId);
        return minutes.comments(officeId, minutesId).stream()
                .map(c -> new CommentJson(c.id(), c.authorBn(), c.textBn(), c.at())).toList();
    }

    @PostMapping("/{minutesId}/comments")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "Comments on circulated minutes (needs the right to comment or to write); answers every comment")
    List<CommentJson> comment(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                              @RequestBody TextInput body) {
        if (!minutes.mayComment(officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        version(officeId, meetingId, minutesId);
        minutes.comment(officeId, minutesId, body.text());
        return comments(officeId, meetingId, minutesId);
    }

    @PostMapping("/{minutesId}/approve")
    @OfficeAccess(Permission.APPROVE_MINUTES)
    @Operation(summary = "Approves the draft or circulated minutes as the chair (সভাপতির অনুমোদন): the team head or the office's "
            + "administrator, on approvedOn (today when left out; not before the meeting, not after today; issue cannot come before "
            + "it). 400 naming approvedOn otherwise")
    MinutesJson approve(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                        @RequestBody(required = false) ApproveInput body) {
        version(officeId, meetingId, minutesId);
        LocalDate on = bd.udbhabon.bangla.Dhaka.today();
        if (body != null && body.approvedOn() != null) {
            on = date(body.approvedOn());
            if (on == null) {
                throw UserFacingException.invalid(new FormErrors().add("approvedOn", "minutes.error.approvedOnMissing"));
            }
        }
        return MinutesJson.of(minutes.approve(officeId, minutesId, on));
    }

    @PostMapping("/{minutesId}/issue")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Issues approved minutes (জারি) with the next memo number of the file: the PDF and DOCX kept, the agenda "
            + "decisions recorded in the register, sub-committees formed, published on the innovation corner; then e-mailed to the "
            + "members, and with sendToCabinet to the Cabinet Division's address if the registry has one (GET /api/v1/offices/{id} "
            + "of the Cabinet Division; none is made up). issuedOn lies between the chair's approval and today. "
            + "400 with the fields' problems (memoFile, issuedOn, signatoryName, signatoryDesignation, distribution)")
    MinutesJson issue(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                      @RequestBody IssueBody body) {
        version(officeId, meetingId, minutesId);
        LocalDate issuedOn = null;
        if (body.issuedOn() != null && !body.issuedOn().isBlank()) {
            issuedOn = date(body.issuedOn());
            if (issuedOn == null) {
                throw UserFacingException.invalid(new FormErrors().add("issuedOn", "meeting.error.issuedOn"));
            }
        }
        minutes.issue(officeId, minutesId, new MinutesBook.IssueInput(body.memoFileId() == null ? 0 : body.memoFileId(), issuedOn,
                Inputs.clean(body.signatoryName()), Inputs.clean(body.signatoryDesignation()), Inputs.clean(body.signatoryPhone()),
                Inputs.clean(body.signatoryEmail()), lines(body.distribution()), lines(body.copies()),
                Boolean.TRUE.equals(body.sendToCabinet())));
        minutes.mailIssued(officeId, minutesId); // committed: the mail may fail without taking the minutes with it
        return MinutesJson.of(version(officeId, meetingId, minutesId));
    }

    @PostMapping("/{minutesId}/corrections")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Starts a correction (সংশোধনী) of the latest issued version: a new draft version with its content and "
            + "the note of what it corrects; saved and issued like the first. Its decisions keep their register rows")
    MinutesJson correct(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                        @RequestBody NoteInput body) {
        version(officeId, meetingId, minutesId);
        return MinutesJson.of(minutes.startCorrection(officeId, minutesId, body.note()));
    }

    @PostMapping("/{minutesId}/sent-to-cabinet")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Records the day the issued minutes were sent to the Cabinet Division (মন্ত্রিপরিষদ বিভাগে প্রেরণ), "
            + "between the day of issue and today; 400 (field sentOn) otherwise")
    MinutesJson sentToCabinet(@PathVariable long officeId, @PathVariable long meetingId, @PathVariable long minutesId,
                              @RequestBody SentInput body) {
        version(officeId, meetingId, minutesId);
        minutes.sentToCabinet(officeId, minutesId, date(body.on()));
        return MinutesJson.of(version(officeId, meetingId, minutesId));
    }

    // ---- reading the content

    /**
     * The content the body states, read as the page's form reads its fields (the same field names in errors);
     * kinds and roles that are none are errors here, where the form can only offer valid ones.
     */
    private MinutesContent content(long officeId, ContentInput body, FormErrors errors) {
        Map<String, OwnerChoice> choices = register.ownerChoices(officeId).stream()
                .collect(Collectors.toMap(OwnerChoice::key, Function.identity(), (a, b) -> a));
        Map<Long, String> postTitles = people.posts(officeId).stream().collect(Collectors.toMap(Post::id, Post::titleBn, (a, b) -> a));
        List<ItemInput> items = body.items() == null ? List.of() : body.items();
        List<MinutesForm.ItemRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemInput item = items.get(i) == null ? new ItemInput(null, null, null, null, null) : items.get(i);
            String at = "item_" + i;
            if (item.kind() != null && !named(ItemKind.values(), item.kind())) {
                errors.add(at + "_kind", "minutes.api.kind");
            }
            List<DecisionInput> decisions = item.decisions() == null ? List.of() : item.decisions();
            List<MinutesForm.DecisionRow> decisionRows = new ArrayList<>();
            for (int d = 0; d < decisions.size(); d++) {
                DecisionInput e = decisions.get(d) == null ? new DecisionInput(null, null, null, null, null, null, null, null)
                        : decisions.get(d);
                String dat = at + "_d_" + d;
                if (e.kind() != null && !named(DecisionKind.values(), e.kind())) {
                    errors.add(dat + "_kind", "minutes.api.kind");
                }
                List<MinutesForm.OwnerRow> owners = (e.owners() == null ? List.<OwnerInput>of() : e.owners()).stream()
                        .map(o -> o == null ? new MinutesForm.OwnerRow("", "") : new MinutesForm.OwnerRow(nz(o.key()), nz(o.label())))
                        .toList();
                List<MinutesForm.MemberRow> committee = new ArrayList<>();
                for (MemberJson m : e.committee() == null ? List.<MemberJson>of() : e.committee()) {
                    if (m == null || m.role() != null && !named(CommitteeRole.values(), m.role())) {
                        errors.add(dat + "_committee", "minutes.api.kind");
                        continue;
                    }
                    committee.add(new MinutesForm.MemberRow(m.postId() == null ? "" : m.postId().toString(), nz(m.label()),
                            m.role() == null ? CommitteeRole.MEMBER.name() : m.role()));
                }
                decisionRows.add(new MinutesForm.DecisionRow(nz(e.text()), nz(e.due()), e.kind() == null ? DecisionKind.PLAIN.name() : e.kind(),
                        e.registerId() == null ? "" : e.registerId().toString(), owners, nz(e.committeeName()), committee,
                        e.cooptPostId() == null ? "" : e.cooptPostId().toString()));
            }
            rows.add(new MinutesForm.ItemRow(item.kind() == null ? ItemKind.AGENDA.name() : item.kind(), nz(item.subject()),
                    nz(item.target()), nz(item.discussion()), decisionRows));
        }
        MinutesForm form = new MinutesForm(body.style() == null ? Style.DECISION_TABLE.name() : body.style(), nz(body.title()),
                nz(body.subject()), "", nz(body.itemsIntro()), nz(body.closing()), nz(body.chairName()), nz(body.chairDesignation()),
                nz(body.correctionNote()), rows);
        MinutesContent read = form.content(errors, choices, postTitles, FormDates::readIso);
        List<String> opening = (body.opening() == null ? List.<String>of() : body.opening()).stream()
                .map(paragraph -> MinutesForm.printable(errors, "opening", paragraph)).filter(s -> s != null).toList();
        return new MinutesContent(read.style(), read.titleBn(), read.subjectBn(), opening, read.itemsIntroBn(), read.items(),
                read.closingBn(), read.chairNameBn(), read.chairDesignationBn(), read.correctionNoteBn());
    }

    // ---- helpers

    private static boolean named(Enum<?>[] values, String name) {
        return Arrays.stream(values).anyMatch(v -> v.name().equals(name));
    }

    private Meeting meeting(long officeId, long meetingId) {
        offices.require(officeId);
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private MinutesVersion version(long officeId, long meetingId, long minutesId) {
        offices.require(officeId);
        return minutes.version(officeId, minutesId).filter(v -> v.meetingId() == meetingId)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private static List<String> lines(List<String> lines) {
        return lines == null ? List.of() : lines.stream().map(Inputs::clean).filter(s -> s != null).toList();
    }

    private static LocalDate date(String text) {
        return FormDates.readIso(text);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
