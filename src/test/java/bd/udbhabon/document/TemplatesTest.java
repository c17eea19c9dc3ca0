package bd.udbhabon.document;

import bd.udbhabon.bangla.MemoNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The templates put the seeds' content where the seeds have it, in the words offices use. */
class TemplatesTest {

    private static final Letterhead RAJSHAHI =
            new Letterhead(List.of("বিভাগীয় কমিশনারের কার্যালয়", "রাজশাহী"), "www.rajshahidiv.gov.bd");
    private static final Signature SIGNATORY =
            new Signature("ড. মোঃ মোকহেদ আলী", "অতিরিক্ত বিভাগীয় কমিশনার", null, null, LocalDate.of(2023, 10, 10));

    @Test
    void theOfficeOrderOfSeed001HasItsNineMembersTwentyOneDutiesAndSevenCopies() {
        Document order = SeedDocuments.officeOrder();
        Table members = (Table) order.body().get(1);
        assertThat(members.rows()).hasSize(10);
        assertThat(members.rows().get(0).cells()).extracting(Table.Cell::text).isEqualTo(OfficeOrder.MEMBER_HEADER);
        assertThat(members.rows().get(1).cells()).extracting(Table.Cell::text)
                .containsExactly("০১.", "অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি), দিনাজপুর", "ইনোভেশন অফিসার");
        assertThat(((NumberedList) order.body().get(3)).items()).hasSize(21);
        assertThat(((NumberedList) order.body().get(3)).serial(20)).isEqualTo("(২১)");
        assertThat(order.copyList().memoLine().memoText()).isEqualTo("নম্বর: ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)");
        assertThat(order.closingSignature()).isEqualTo(order.signature());
    }

    @Test
    void theDecisionTableNumbersSeveralImplementersAndCarriesTheColumnNumbers() {
        Document minutes = SeedDocuments.minutes();
        Table decisions = DocumentText.tablesWithHeaders(minutes).getFirst();
        assertThat(decisions.rows().get(0).cells()).extracting(Table.Cell::text).isEqualTo(Minutes.DECISION_HEADER);
        assertThat(decisions.rows().get(1).cells()).extracting(Table.Cell::text).containsExactly("১", "২", "৩", "৪", "৫");
        assertThat(decisions.rows()).hasSize(2 + 8);
        Table.Row third = decisions.rows().get(4);
        assertThat(third.cells().getFirst().text()).isEqualTo("৩.");
        assertThat(third.cells().get(4).paragraphs()).containsExactly(
                "১। অতিরিক্ত বিভাগীয় কমিশনার (উন্নয়ন ও আইসিটি), রাজশাহী বিভাগ",
                "২। জেলা প্রশাসক (সকল), রাজশাহী বিভাগ।");
        assertThat(minutes.memoAfterSignature()).isTrue();
        assertThat(minutes.closingSignature().name()).isEqualTo("ড. মোঃ মোকহেদ আলী");
        assertThat(minutes.distribution().recipients()).hasSize(23);
    }

    @Test
    void theActivityTableCarriesTheSubCommitteeAndTheAttendanceSheetIsAnnexKa() {
        Document minutes = SeedDocuments.ministryMinutes();
        Table activities = DocumentText.tablesWithHeaders(minutes).getFirst();
        assertThat(activities.rows().get(0).cells()).extracting(Table.Cell::text).isEqualTo(Minutes.ACTIVITY_HEADER);
        assertThat(activities.rows()).hasSize(2 + 12);
        Table.Cell committee = activities.rows().stream()
                .filter(r -> r.cells().getFirst().text().startsWith("[১.৫.২]")).findFirst().orElseThrow().cells().get(3);
        assertThat(committee.paragraphs()).containsExactly("কর্মপরিকল্পনা প্রণয়নে নিম্নোক্তভাবে একটি কমিটি গঠন করা হয়।",
                "১. যুগ্মসচিব (প্রশাসন) - আহবায়ক", "২. উপসচিব (উন্নয়ন-১) - সদস্য", "৩. উপসচিব (শিশু ও সমৰ্থয়) - সদস্য",
                "৪. উপসচিব (পরিঃ-২) - সদস্য", "৫. লাইব্রেরীয়ান - সদস্য সচিব");
        Annex annex = minutes.annexes().getFirst();
        assertThat(annex.title()).isEqualTo("পরিশিষ্ট-ক");
        Table sheet = (Table) annex.blocks().getLast();
        assertThat(sheet.rows()).hasSize(1 + 8 + 2);
        assertThat(sheet.rows().getLast().cells().getFirst().text()).isEqualTo("১০");
        assertThat(minutes.copyList().recipients().getLast()).endsWith("(সভাকক্ষ প্রস্তুত ও আপ্যায়নের অনুরোধসহ)");
    }

    @Test
    void paragraphMinutesNumberTheirParagraphsAndLetterTheDecisions() {
        String text = DocumentText.readingOrder(SeedDocuments.paragraphMinutes());
        assertThat(text).contains("০২। সিপি-৩ শাখার দায়িত্বপ্রাপ্ত কর্মকর্তা জানান", "০৪। বিস্তারিত আলোচনা শেষে",
                "(ক) মন্ত্রিপরিষদ বিভাগ কর্তৃক", "(গ) কর্মপরিকল্পনা বাস্তবায়নের", "০৫। সভায় আর কোনো আলোচনা না থাকায়");
    }

    @Test
    void theNoticeSaysWhenWhereAndWhoChairsInOneSentence() {
        MeetingNotice notice = notice("সম্মেলন কক্ষ", null);
        assertThat(notice.announcement()).isEqualTo("বিভাগীয় কমিশনার, রাজশাহী-এর সভাপতিত্বে বিভাগীয় ইনোভেশন টিম-এর সভা "
                + "আগামী ১৭ অক্টোবর ২০২৩ খ্রি. (মঙ্গলবার) দুপুর ১.১৫ ঘটিকায় সম্মেলন কক্ষ-এ অনুষ্ঠিত হবে।");
        assertThat(DocumentText.readingOrder(notice.document()))
                .contains("সভার নোটিশ", "আলোচ্যসূচি: ১। গত সভার কার্যবিবরণী অনুমোদন ২। পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন হার",
                        MeetingNotice.PLEASE_ATTEND);
        assertThat(notice("সম্মেলন কক্ষ", "https://meet.example.gov.bd/x").document().body())
                .contains(new Paragraph("অনলাইনে যুক্ত হওয়ার লিংক: https://meet.example.gov.bd/x", Align.LEFT));
        assertThat(notice(null, "https://meet.example.gov.bd/x").announcement()).contains("ঘটিকায় অনলাইনে অনুষ্ঠিত হবে।");
        assertThatThrownBy(() -> notice(null, null)).hasMessageContaining("where");
    }

    @Test
    void aTableWithCellsSpanningRowsRendersEveryCellOnce() {
        Table table = new Table(List.of(1f, 4f, 3f), 1, List.of(
                Table.Row.of(List.of("ক্রঃ", "সিদ্ধান্ত", "বাস্তবায়নকারী")),
                Table.Row.of(Table.Cell.down("১.", 2), new Table.Cell("তথ্য বাতায়ন হালনাগাদ"), Table.Cell.down("আইসিটি শাখা", 2)),
                Table.Row.of(new Table.Cell("ই-নথিতে নিষ্পত্তি")),
                Table.Row.of(new Table.Cell("২."), new Table.Cell("সমাপ্তি", 2))));
        Document doc = Document.builder().letterhead(RAJSHAHI).title("কার্যবিবরণী").table(table).build();
        String extracted = Tools.pdfText(Renderers.PDF.render(doc));
        assertThat(DocumentText.difference(DocumentText.readingOrder(doc), extracted)).isNull();
    }

    private static MeetingNotice notice(String place, String link) {
        return new MeetingNotice(RAJSHAHI, MemoNumber.parse("০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৬৫"), LocalDate.of(2023, 10, 10),
                "বিভাগীয় ইনোভেশন টিম", "বিভাগীয় কমিশনার, রাজশাহী", LocalDate.of(2023, 10, 17), LocalTime.of(13, 15),
                place, link, List.of("গত সভার কার্যবিবরণী অনুমোদন", "পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন হার"), SIGNATORY,
                List.of("জেলা প্রশাসক, রাজশাহী"), List.of());
    }
}
