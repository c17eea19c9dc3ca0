package bd.udbhabon.showcase.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.bangla.SerialStyle;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.Signature;
import bd.udbhabon.document.Table;
import bd.udbhabon.showcase.Showcase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A showcase's result paper (ফলাফল), pure: the event, the ranking table (equal totals, equal ranks), the best
 * initiative(s) chosen, the judges and the criteria with their weights; signed and copied as every paper. Every
 * number in Bangla digits.
 */
public final class ShowcasePaper {

    public static final String TITLE = "উদ্ভাবনী শোকেসিং-এর ফলাফল";
    public static final String SELECTED_HEADING = "শ্রেষ্ঠ উদ্যোগ হিসেবে নির্বাচিত:";
    static final List<String> HEADER = List.of("ক্রম", "উদ্ভাবনী উদ্যোগ", "দপ্তর", "প্রাপ্ত নম্বর (১০০-এর মধ্যে)", "মন্তব্য");

    private ShowcasePaper() {
    }

    /** The issue form's words: the day on the paper, the signatory, the copy list. */
    public record Issue(LocalDate issuedOn, String signatoryNameBn, String signatoryDesignationBn, String phone, String email,
                        List<String> copies) {

        public Issue {
            copies = copies == null ? List.of() : List.copyOf(copies);
        }
    }

    static Document document(ShowcaseResults.View view, MemoNumber memo, Issue issue) {
        Showcase showcase = view.showcase();
        String venue = showcase.venueBn() == null ? "" : ", " + showcase.venueBn() + "-এ";
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ShowcaseResults.EntryView e : view.entries()) {
            rows.add(List.of(e.place().ranked() ? BanglaDigits.toBangla(e.place().rank()) : "—", e.initiative().titleBn(),
                    e.office().nameBn(), e.place().ranked() ? BanglaDigits.toBangla(e.place().total().toPlainString()) : "—",
                    e.entry().selected() ? "শ্রেষ্ঠ উদ্যোগ" : ""));
        }
        Document.Builder doc = Document.builder()
                .letterhead(new Letterhead(List.of(view.organiser().nameBn()), view.organiser().website()))
                .memo(memo, issue.issuedOn())
                .title(TITLE)
                .subject(showcase.titleBn())
                .paragraph(view.organiser().nameBn() + " কর্তৃক " + DualDate.gregorianDate(showcase.heldOn()) + " তারিখে" + venue
                        + " আয়োজিত \u201C" + showcase.titleBn() + "\u201D-এ " + BanglaDigits.toBangla(view.entries().size())
                        + "টি উদ্ভাবনী উদ্যোগ অংশগ্রহণ করে। বিচারকমণ্ডলীর প্রত্যেক সদস্য নির্ধারিত মানদণ্ডে নম্বর প্রদান করেন; "
                        + "প্রত্যেক উদ্যোগের নম্বর মানদণ্ডের ভার অনুযায়ী ১০০-এর মধ্যে হিসাব করে বিচারকগণের গড় নেওয়া হয়েছে। ফলাফল নিম্নরূপ:")
                .table(Table.of(new float[] {1f, 5f, 4f, 2.2f, 2f}, rows))
                .heading(SELECTED_HEADING)
                .numbered(SerialStyle.PAREN, view.selected().stream().map(e -> e.initiative().titleBn() + ", " + e.office().nameBn()).toList())
                .heading("বিচারকমণ্ডলী:")
                .numbered(SerialStyle.PAREN, view.judges().stream().map(j -> j.judge().nameBn()
                        + (j.judge().designationBn() == null ? "" : ", " + j.judge().designationBn()) + ", " + j.office().nameBn()).toList())
                .heading("মূল্যায়নের মানদণ্ড ও ভার:")
                .numbered(SerialStyle.PAREN, view.criteria().stream().map(c -> c.nameBn() + " (ভার "
                        + BanglaDigits.toBangla(c.weight().stripTrailingZeros().toPlainString()) + ")").toList())
                .signature(new Signature(issue.signatoryNameBn(), issue.signatoryDesignationBn(), issue.phone(), issue.email(),
                        issue.issuedOn()));
        if (!issue.copies().isEmpty()) {
            doc.copies(issue.issuedOn(), issue.copies());
        }
        return doc.build();
    }
}
