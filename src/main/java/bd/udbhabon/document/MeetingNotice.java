package bd.udbhabon.document;

import bd.udbhabon.bangla.BanglaNames;
import bd.udbhabon.bangla.BanglaTime;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.bangla.SerialStyle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The meeting notice (সভার নোটিশ): when, where (or the online link), who chairs, the agenda
 * (আলোচ্যসূচি), a request to attend, the signature, distribution to the members and copies.
 * The sentences are the ones offices use:
 * "… সভাপতিত্বে জেলা ইনোভেশন টিমের সভা আগামী ১৭ অক্টোবর ২০২৩ খ্রি. (মঙ্গলবার) বেলা ১.১৫ ঘটিকায় … অনুষ্ঠিত হবে।"
 */
public record MeetingNotice(Letterhead letterhead, MemoNumber memo, LocalDate issued, String team,
                            String chair, LocalDate date, LocalTime time, String place, String onlineLink,
                            List<String> agenda, Signature signatory, List<String> members, List<String> copies) {

    public static final String TITLE = "সভার নোটিশ";
    public static final String AGENDA_HEADING = "আলোচ্যসূচি:";
    public static final String PLEASE_ATTEND =
            "সভায় সংশ্লিষ্ট সকলকে যথাসময়ে উপস্থিত থাকার জন্য অনুরোধ করা হলো।";

    public MeetingNotice {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(memo, "memo number");
        Objects.requireNonNull(issued, "date of issue");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(date, "meeting date");
        Objects.requireNonNull(time, "meeting time");
        Objects.requireNonNull(signatory, "signatory");
        agenda = List.copyOf(agenda);
        members = List.copyOf(members);
        copies = List.copyOf(copies);
        if (place == null && onlineLink == null) {
            throw new IllegalArgumentException("a meeting notice says where: a place, an online link or both");
        }
    }

    /** "… সভা আগামী ১৭ অক্টোবর ২০২৩ খ্রি. (মঙ্গলবার) বেলা ১.১৫ ঘটিকায় … অনুষ্ঠিত হবে।" */
    public String announcement() {
        String when = DualDate.gregorianDate(date) + " খ্রি. (" + BanglaNames.weekday(date.getDayOfWeek()) + ") "
                + BanglaTime.ofDay(time) + "য়";
        String where = place != null && onlineLink != null ? place + "-এ এবং অনলাইনে"
                : place != null ? place + "-এ" : "অনলাইনে";
        return chair + "-এর সভাপতিত্বে " + team + "-এর সভা আগামী " + when + " " + where + " অনুষ্ঠিত হবে।";
    }

    public Document document() {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph(announcement()));
        if (onlineLink != null) {
            body.add(new Paragraph("অনলাইনে যুক্ত হওয়ার লিংক: " + onlineLink, Align.LEFT));
        }
        if (!agenda.isEmpty()) {
            body.add(new Heading(AGENDA_HEADING));
            body.add(new NumberedList(SerialStyle.DANDA, agenda));
        }
        body.add(new Paragraph(PLEASE_ATTEND));
        Document.Builder doc = Document.builder()
                .letterhead(letterhead)
                .memo(memo, issued)
                .title(TITLE)
                .subject(team + "-এর সভা।");
        body.forEach(doc::block);
        doc.signature(signatory);
        if (!members.isEmpty()) {
            doc.distribution(true, members);
        }
        if (!copies.isEmpty()) {
            doc.copies(issued, copies);
        }
        return doc.build();
    }
}
