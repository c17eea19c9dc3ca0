package bd.udbhabon.meeting.web;

import bd.udbhabon.access.OfficeAccess;
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

/** What the minutes API answers and is sent ({@link MinutesApiController}); the names are the OpenAPI schemas'. */
final class MinutesApiBodies {

    private MinutesApiBodies() {
    }

    // ---- what is answered

    /** An implementing authority: an office, a post, or every office of a level under an office; {@code key} as sent. */
    record OwnerJson(String key, Long officeId, Long postId, String level, String label) {
        static OwnerJson of(Owner o) {
            return new OwnerJson(o.key(), o.postId() == null ? o.officeId() : null, o.postId(),
                    o.level() == null ? null : o.level().name(), o.labelBn());
        }
    }

    /** A sub-committee's member: one of the office's posts, or only printed words (postId null); role CONVENER, MEMBER or MEMBER_SECRETARY. */
    record MemberJson(Long postId, String label, String role) {
    }

    /**
     * A decision as the minutes print it: kind PLAIN, SUB_COMMITTEE (with the committee) or COOPT (with the post);
     * {@code registerId} names the decision register's row once the minutes are issued (agenda items only).
     */
    record DecisionJson(String text, LocalDate due, String kind, List<OwnerJson> owners, String committeeName,
                        List<MemberJson> committee, Long cooptPostId, Long registerId) {
        static DecisionJson of(DecisionEntry e) {
            return new DecisionJson(e.textBn(), e.dueOn(), e.kind().name(), e.owners().stream().map(OwnerJson::of).toList(),
                    e.committeeNameBn(), e.committee().stream()
                            .map(m -> new MemberJson(m.postId(), m.labelBn(), m.role().name())).toList(),
                    e.cooptPostId(), e.registerId());
        }
    }

    /** An item: kind CONFIRMATION (standing item 1), RATE (standing item 2) or AGENDA. */
    record ItemJson(int position, String kind, String subject, String target, String discussion, List<DecisionJson> decisions) {
    }

    /**
     * One version: status DRAFT, CIRCULATED, APPROVED or ISSUED; style PARAGRAPHS, DECISION_TABLE or ACTIVITY_TABLE.
     * {@code rateText} is standing item 2 as printed on the day of issue (null before); {@code pdf} the paper (a
     * draft's preview), {@code docx} the issued paper's Word file (null before issue).
     */
    record MinutesJson(long id, long meetingId, int version, Long supersedes, String status, String statusText,
                       String memoNumber, LocalDate issuedOn, LocalDate approvedOn, LocalDate circulatedOn, LocalDate publishedOn,
                       LocalDate sentToCabinetOn, String correctionNote, String style, String title, String subject,
                       List<String> opening, String itemsIntro, List<ItemJson> items, String closing, String chairName,
                       String chairDesignation, String signatoryName, String signatoryDesignation, List<String> distribution,
                       List<String> copies, String rateText, String pdf, String docx) {
        static MinutesJson of(MinutesVersion v) {
            MinutesContent c = v.content();
            List<ItemJson> items = new ArrayList<>();
            for (int i = 0; i < c.items().size(); i++) {
                Item item = c.items().get(i);
                items.add(new ItemJson(i + 1, item.kind().name(), item.subjectBn(), item.targetBn(), item.discussionBn(),
                        item.decisions().stream().map(DecisionJson::of).toList()));
            }
            String base = "/offices/" + v.officeId() + "/meetings/" + v.meetingId() + "/minutes/" + v.id();
            return new MinutesJson(v.id(), v.meetingId(), v.version(), v.supersedesId(), v.status().name(), v.status().name(true),
                    v.memoNumber(), v.issuedOn(), v.approvedOn(), v.circulatedOn(), v.publishedOn(), v.sentToCabinetOn(),
                    c.correctionNoteBn(), c.style() == null ? null : c.style().name(), c.titleBn(), c.subjectBn(), c.opening(),
                    c.itemsIntroBn(), items, c.closingBn(), c.chairNameBn(), c.chairDesignationBn(), v.signatoryNameBn(),
                    v.signatoryDesignationBn(), v.distribution(), v.copies(), v.rateTextBn(), base + ".pdf",
                    v.status() == MinutesStatus.ISSUED ? base + ".docx" : null);
        }
    }

    /** The last meeting held before this one's day. */
    record PreviousMeetingJson(long meetingId, LocalDate date) {
    }

    /**
     * Standing item 2 as it stands: the previous meeting (null if none), the rate of its decisions as of this
     * meeting's day (null without one), the sentence the minutes print, and every decision still open carried in.
     */
    record StandingJson(PreviousMeetingJson previous, MeetingApiController.RateJson rate, String sentence,
                        List<MeetingApiController.CarriedJson> carried, List<String> carriedLines) {
    }

    record CommentJson(long id, String author, String text, Instant at) {
    }

    // ---- what is sent

    /** An owner by its key ("office:5", "post:12", "level:DISTRICT:3"); the label is the offered one when left out. */
    record OwnerInput(String key, String label) {
    }

    record DecisionInput(String text, String due, String kind, List<OwnerInput> owners, String committeeName,
                         List<MemberJson> committee, Long cooptPostId, Long registerId) {
    }

    record ItemInput(String kind, String subject, String target, String discussion, List<DecisionInput> decisions) {
    }

    /** The whole content of the open version; what is left out is empty. */
    record ContentInput(String style, String title, String subject, List<String> opening, String itemsIntro, String closing,
                        String chairName, String chairDesignation, String correctionNote, List<ItemInput> items) {
    }

    record TextInput(String text) {
    }

    record NoteInput(String note) {
    }

    record SentInput(String on) {
    }

    /** Approving: the day the chair approved, {@code yyyy-MM-dd}; today (Dhaka) when left out. */
    record ApproveInput(String approvedOn) {
    }

    /** Issuing: a memo file of the office (see the issue page to open one), the day, the signatory and the lists. */
    record IssueBody(Long memoFileId, String issuedOn, String signatoryName, String signatoryDesignation, String signatoryPhone,
                     String signatoryEmail, List<String> distribution, List<String> copies, Boolean sendToCabinet) {
    }
}
