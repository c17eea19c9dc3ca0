package bd.udbhabon.meeting.internal;

import bd.udbhabon.team.TeamNames;
import bd.udbhabon.bangla.BanglaTime;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.AttendanceSheet;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.Minutes;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.document.Signature;
import bd.udbhabon.document.UnprintableCharacterException;
import bd.udbhabon.meeting.AttendanceStatus;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook.Standing;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesContent.DecisionEntry;
import bd.udbhabon.meeting.MinutesContent.DecisionKind;
import bd.udbhabon.meeting.MinutesContent.Item;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.Teams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The minutes' paper: the {@link Minutes} document built from a version, its draft preview, the
 * issued paper through {@link OfficialPapers} and read back, and rendering failures in the user's words.
 */
@Component
class MinutesPaper {

    private static final Logger log = LoggerFactory.getLogger(MinutesPaper.class);

    private final Meetings meetings;
    private final Teams teams;
    private final OfficeDirectory offices;
    private final StandingItems standing;
    private final MinutesRepository minutes;
    private final PdfRenderer pdf;
    private final OfficialPapers papers;
    private final MemoNumbering numbering;

    MinutesPaper(Meetings meetings, Teams teams, OfficeDirectory offices, StandingItems standing, MinutesRepository minutes,
                 PdfRenderer pdf, OfficialPapers papers, MemoNumbering numbering) {
        this.numbering = numbering;
        this.meetings = meetings;
        this.teams = teams;
        this.offices = offices;
        this.standing = standing;
        this.minutes = minutes;
        this.pdf = pdf;
        this.papers = papers;
    }

    /** The version as it would print now (a draft's preview, with the figures of today); issued minutes as issued. */
    byte[] previewPdf(long officeId, long minutesId) {
        MinutesVersion version = minutes.version(officeId, minutesId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (version.status().issued()) {
            return pdf(officeId, minutesId).orElseThrow();
        }
        return draftPdf(officeId, version, false);
    }

    /** The draft's paper, as the preview and the circulation mail give it. */
    byte[] draftPdf(long officeId, MinutesVersion minutes, boolean form) {
        Meeting meeting = meetings.find(officeId, minutes.meetingId()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        Minutes paper = paper(offices.require(officeId), meeting, minutes, standing.standing(officeId, meeting.id()), null, null);
        return printed(() -> pdf.render(paper.document()), form);
    }

    /**
     * Issues the minutes as an official paper, in the caller's transaction: {@code build} makes the
     * paper once its memo number is taken (and may record what needs that number first; what it
     * throws passes as it is). A paper that then cannot be printed is refused as a form error
     * (field "paper"), which rolls the number and everything recorded back. With {@code confirmed} (null: none), only
     * under that number: another one is refused with {@code OfficialPapers.NumberTaken} before anything is built.
     */
    OfficialPapers.IssuedPaper issue(long officeId, OfficialPapers.Issue issue, String subject, String confirmed,
                                     Function<MemoNumber, Minutes> build) {
        AtomicBoolean built = new AtomicBoolean();
        try {
            return papers.issue(officeId, issue, subject, confirmed, memo -> {
                Minutes minutes = build.apply(memo);
                Document document = printed(minutes::document, true);
                built.set(true);
                return document;
            });
        } catch (UserFacingException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!built.get()) {
                throw e;
            }
            throw renderingFailed(e, true);
        }
    }

    /** The number the file would give a paper now (its next serial); nothing is taken. */
    MemoNumber nextMemo(long memoFileId) {
        return numbering.file(memoFileId).orElseThrow(() -> UserFacingException.notFound("error.notFound")).nextNumber();
    }

    /** The paper as it would be issued, rendered and not stored; a failure in the user's words, as a form error. */
    byte[] previewIssued(Minutes paper) {
        return printed(() -> pdf.render(paper.document()), true);
    }

    /** The issued version's PDF, exactly as issued. */
    Optional<byte[]> pdf(long officeId, long minutesId) {
        return minutes.paperId(officeId, minutesId).flatMap(papers::pdf);
    }

    Optional<byte[]> docx(long officeId, long minutesId) {
        return minutes.paperId(officeId, minutesId).flatMap(papers::docx);
    }

    /** An issued and published version's PDF, for the public corner. */
    Optional<byte[]> publishedPdf(long officeId, long minutesId) {
        return minutes.publishedPaperId(officeId, minutesId).flatMap(papers::pdf);
    }

    /**
     * Renders, turning a failure into a message in the user's words: which character to change
     * when no font has it (the user finds it in the form), else a general one (the cause logged).
     * As a form error ({@code form}, field "paper") the page shows it above the form as typed;
     * thrown from a transaction, it rolls everything back.
     */
    static <T> T printed(Supplier<T> render, boolean form) {
        try {
            return render.get();
        } catch (RuntimeException e) {
            throw renderingFailed(e, form);
        }
    }

    private static UserFacingException renderingFailed(RuntimeException e, boolean form) {
        if (e instanceof UnprintableCharacterException u) {
            String character = new String(Character.toChars(u.codePoint()));
            return problem(form, "minutes.error.unprintable", character, String.format("U+%04X", u.codePoint()));
        }
        log.error("the minutes paper could not be rendered", e);
        return problem(form, "minutes.error.paper");
    }

    private static UserFacingException problem(boolean form, String key, Object... args) {
        return form ? UserFacingException.invalid(new FormErrors().add("paper", key, args)) : UserFacingException.badRequest(key, args);
    }

    /** The minutes as the document module prints them: details, standing figures, items, signatures, annex. */
    Minutes paper(Office office, Meeting meeting, MinutesVersion minutes, Standing standing, MemoNumber memo, Signature issuer) {
        MinutesContent c = minutes.content();
        List<Minutes.Detail> details = new ArrayList<>();
        details.add(new Minutes.Detail("সভাপতি", c.chairNameBn() + ", " + c.chairDesignationBn()));
        details.add(new Minutes.Detail("সভার তারিখ", DualDate.gregorianDate(meeting.date())));
        details.add(new Minutes.Detail("সভার সময়", BanglaTime.ofDay(meeting.startTime())));
        details.add(new Minutes.Detail("স্থান", meeting.placeBn() == null ? meeting.onlineLink()
                : meeting.onlineLink() == null ? meeting.placeBn() : meeting.placeBn() + " (অনলাইনে: " + meeting.onlineLink() + ")"));
        details.add(new Minutes.Detail("উপস্থিতি", "পরিশিষ্ট-ক"));
        List<String> opening = new ArrayList<>();
        if (minutes.correction()) {
            opening.add("সংশোধনী: " + c.correctionNoteBn());
        }
        opening.addAll(c.opening());
        List<Minutes.Item> items = new ArrayList<>();
        for (Item item : c.items()) {
            String discussion = item.discussionBn();
            if (item.kind() == ItemKind.RATE) {
                List<String> parts = new ArrayList<>();
                parts.add(standing.rateSentenceBn() == null ? "পূর্ববর্তী কোনো সভা নেই।" : standing.rateSentenceBn());
                if (!standing.carriedLinesBn().isEmpty()) {
                    parts.add("বাস্তবায়নাধীন সিদ্ধান্তসমূহ: " + String.join(" ", standing.carriedLinesBn()));
                }
                if (discussion != null) {
                    parts.add(discussion);
                }
                discussion = String.join(" ", parts);
            }
            List<Minutes.Decision> printed = new ArrayList<>();
            Set<String> implementers = new LinkedHashSet<>();
            for (DecisionEntry e : item.decisions()) {
                List<String> detail = e.kind() == DecisionKind.SUB_COMMITTEE
                        ? e.committee().stream().map(m -> m.labelBn() + " - " + m.role().name(true)).toList() : List.of();
                String text = e.dueOn() == null ? e.textBn() : e.textBn() + " (সময়সীমা: " + DualDate.gregorianDate(e.dueOn()) + ")";
                printed.add(new Minutes.Decision(text, detail));
                e.owners().forEach(o -> implementers.add(o.labelBn()));
            }
            items.add(new Minutes.Item(item.subjectBn(), item.targetBn(), discussion == null ? "" : discussion, printed,
                    List.copyOf(implementers)));
        }
        Signature chair = new Signature(c.chairNameBn(), c.chairDesignationBn(), null, null,
                minutes.approvedOn() == null ? Dhaka.today() : minutes.approvedOn());
        List<String> distribution = memo == null ? List.of() : minutes.distribution();
        List<String> copies = memo == null ? List.of() : minutes.copies();
        return new Minutes(c.style(), new Letterhead(List.of(office.nameBn()), office.website()), c.titleBn(), c.subjectBn(),
                details, opening, c.itemsIntroBn(), items, c.closingBn(), chair, memo, minutes.issuedOn(), distribution, copies,
                issuer, attendanceSheet(office, meeting));
    }

    private AttendanceSheet attendanceSheet(Office office, Meeting meeting) {
        Map<Long, Meeting.Attendance> byPost = new HashMap<>();
        meetings.attendance(office.id(), meeting.id()).forEach(a -> byPost.put(a.postId(), a));
        List<AttendanceSheet.Attendee> attendees = new ArrayList<>();
        for (TeamMember m : teams.onDate(office.id(), meeting.date()).map(TeamOnDate::members).orElse(List.of())) {
            Meeting.Attendance a = byPost.get(m.post().id());
            if (a == null || a.status() == AttendanceStatus.ABSENT) {
                continue;
            }
            String name = a.status() == AttendanceStatus.REPRESENTED ? a.representedBy() + " (প্রতিনিধি)" : nz(a.holderNameBn(), "");
            attendees.add(new AttendanceSheet.Attendee(name, m.post().titleBn()));
        }
        for (Meeting.Guest g : meetings.guests(office.id(), meeting.id())) {
            attendees.add(new AttendanceSheet.Attendee(g.nameBn(), g.designationAndOffice()));
        }
        String line = TeamNames.of(office) + "-এর সভা, " + DualDate.gregorianDate(meeting.date()) + " খ্রি.";
        return new AttendanceSheet(null, office.nameBn(), line, attendees, 0);
    }

    private static String nz(String s, String otherwise) {
        return s == null ? otherwise : s;
    }
}
