package bd.udbhabon.meeting.internal;

import bd.udbhabon.team.TeamNames;
import static bd.udbhabon.team.TeamNames.genitive;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.document.Minutes;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook.Standing;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesContent.DecisionEntry;
import bd.udbhabon.meeting.MinutesContent.DecisionKind;
import bd.udbhabon.meeting.MinutesContent.Item;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.UserFacingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The standing items every minutes open with: confirming the last meeting's minutes (with their
 * issued corrections) and the rate of its decisions with those still open, computed from the
 * register, never typed; and the first draft they start.
 */
@Component
class StandingItems {

    static final String CONFIRMATION_SUBJECT = "গত সভার কার্যবিবরণী অনুমোদন";
    static final String RATE_SUBJECT = "পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন হার";

    private final Meetings meetings;
    private final OfficeDirectory offices;
    private final Decisions decisions;
    private final MinutesRepository minutes;

    StandingItems(Meetings meetings, OfficeDirectory offices, Decisions decisions, MinutesRepository minutes) {
        this.meetings = meetings;
        this.offices = offices;
        this.decisions = decisions;
        this.minutes = minutes;
    }

    Standing standing(long officeId, long meetingId) {
        Meeting meeting = meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        Meeting previous = previousHeld(officeId, meeting);
        Office office = offices.require(officeId);
        List<Decision> previousDecisions = previous == null ? List.of() : decisions.ofMeeting(previous.id(), meeting.date()).stream()
                .filter(d -> d.officeId() == officeId).toList();
        // the register's own rate (due decisions only, a group's decision implemented when all its offices are)
        Rate rate = previous == null ? null : Rate.ofDecisions(previousDecisions);
        List<Decision> carried = decisions.carriedInto(officeId, meeting.date());
        String sentence = previous == null ? null
                : "গত " + DualDate.gregorianDate(previous.date()) + " খ্রি. তারিখে অনুষ্ঠিত " + genitive(TeamNames.of(office))
                  + " সভায় " + rate.minutesSentenceBn() + droppedBn(previousDecisions);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < carried.size(); i++) {
            Decision d = carried.get(i);
            lines.add(BanglaDigits.toBangla(i + 1) + "। " + d.textBn() + " (" + nz(d.sourceLabelBn(), DualDate.gregorianDate(d.takenOn()))
                      + "; " + d.status().name(true) + ")");
        }
        return new Standing(previous, rate, carried, sentence, lines);
    }

    /** Where a first draft starts: the two standing items filled in, then the meeting's agenda. */
    MinutesContent startingContent(long officeId, long meetingId) {
        Meeting meeting = meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        Office office = offices.require(officeId);
        String team = TeamNames.of(office);
        List<Item> items = new ArrayList<>();
        Standing standing = standing(officeId, meetingId);
        Meeting previous = standing.previous();
        if (previous != null) {
            String on = "গত " + DualDate.gregorianDate(previous.date()) + " খ্রি. তারিখে অনুষ্ঠিত " + genitive(team) + " সভার কার্যবিবরণী";
            String corrected = correctionsOf(officeId, previous.id());
            items.add(new Item(ItemKind.CONFIRMATION, CONFIRMATION_SUBJECT, null,
                    on + corrected + "তে কোনরূপ সংশোধনীর প্রয়োজনীয়তা আছে কিনা তা সদস্যদের নিকট জানতে চাওয়া হয়। "
                    + "সভার সদস্যগণ কার্যবিবরণী সঠিকভাবে লিখিত হয়েছে মর্মে সভাকে অবহিত করেন।",
                    List.of(new DecisionEntry(on + corrected + "তে কোনরূপ সংশোধনী না থাকায় সর্বসম্মতিক্রমে তা দৃঢ়ীকরণ করা হয়।",
                            null, List.of(), DecisionKind.PLAIN, null, List.of(), null, null))));
            Rate rate = standing.rate();
            boolean full = rate != null && rate.percent().orElse(0) == 100;
            items.add(new Item(ItemKind.RATE, RATE_SUBJECT, null, null, List.of(new DecisionEntry(
                    full ? "সিদ্ধান্ত বাস্তবায়ন হার শতভাগ অব্যাহত রাখতে হবে।" : "অবাস্তবায়িত সিদ্ধান্তসমূহ দ্রুত বাস্তবায়ন করতে হবে।",
                    null, List.of(Owner.office(officeId, genitive(team) + " সদস্যবৃন্দ")), DecisionKind.PLAIN, null, List.of(), null, null))));
        }
        for (Meeting.AgendaItem a : meeting.agenda()) {
            items.add(new Item(ItemKind.AGENDA, a.titleBn(), null, null, List.of()));
        }
        String title = genitive(team) + " সভার কার্যবিবরণী";
        List<String> opening = List.of("উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করা হয়।");
        return new MinutesContent(Minutes.Style.DECISION_TABLE, title, null, opening,
                "সভায় নিম্নরূপ বিষয়ে আলোচনা ও সিদ্ধান্ত গৃহীত হয়:", items, Minutes.DEFAULT_CLOSING,
                meeting.chairNameBn(), meeting.chairDesignationBn(), null);
    }

    /**
     * Each dropped decision by its words and the reason recorded, so that the rate is never raised
     * by dropping in silence (docs/plans/meetings-and-decisions.md): " বাদ দেওয়া সিদ্ধান্ত: ১। … (কারণ: …)।"
     */
    private static String droppedBn(List<Decision> decisions) {
        List<Decision> dropped = decisions.stream().filter(d -> d.status() == DecisionStatus.DROPPED).toList();
        if (dropped.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" বাদ দেওয়া সিদ্ধান্ত:");
        for (int i = 0; i < dropped.size(); i++) {
            Decision d = dropped.get(i);
            String text = d.textBn().strip().replaceFirst("[।.]$", "");
            s.append(' ').append(BanglaDigits.toBangla(i + 1)).append("। ").append(text)
                    .append(" (কারণ: ").append(d.reason() == null || d.reason().isBlank() ? "উল্লেখ নেই" : d.reason().strip().replaceFirst("[।.]$", ""))
                    .append(")।");
        }
        return s.toString();
    }

    /** "গত ১৯ জুন ২০২৩ খ্রি. তারিখে…সভার কার্যবিবরণী" and its issued corrections: " ও তার সংশোধনী (স্মারক নং …)". */
    private String correctionsOf(long officeId, long meetingId) {
        List<String> memos = minutes.versions(officeId, meetingId).stream()
                .filter(v -> v.status() == MinutesStatus.ISSUED && v.correction())
                .map(v -> BanglaDigits.toBangla(v.memoNumber())).toList();
        return memos.isEmpty() ? "" : " ও তার সংশোধনী (স্মারক নং " + String.join(", ", memos) + ")";
    }

    private Meeting previousHeld(long officeId, Meeting meeting) {
        return meetings.list(officeId).stream()
                .filter(m -> m.status() == MeetingStatus.HELD && m.date().isBefore(meeting.date()))
                .max(Comparator.comparing(Meeting::date).thenComparing(Meeting::id)).orElse(null);
    }

    private static String nz(String s, String otherwise) {
        return s == null ? otherwise : s;
    }
}
