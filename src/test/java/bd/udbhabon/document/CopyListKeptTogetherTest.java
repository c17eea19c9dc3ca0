package bd.udbhabon.document;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.bangla.MemoNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, point 13: the copy list's heading ("… অনুলিপি প্রেরণ করা হইল:") is never left alone at
 * the foot of a page. Papers with more and more body paragraphs push the copy list down a line at a
 * time, so some of them start it at a page's foot; in every one the heading and the first recipient
 * share a page (PDF), and the DOCX keeps the memo line and the heading with the next paragraph.
 */
class CopyListKeptTogetherTest {

    private static final String HEADING_END = "অনুলিপিপ্রেরণকরাহইল:";
    private static final String FIRST = "মন্ত্রিপরিষদসচিব";

    private static Document paper(int paragraphs, String heading) {
        return paper(paragraphs, 0, heading);
    }

    /** {@code paragraphs} of two lines or so, then {@code shortOnes} of one line, the heading before the last. */
    private static Document paper(int paragraphs, int shortOnes, String heading) {
        Document.Builder doc = Document.builder().letterhead("www.dinajpur.gov.bd", "জেলা প্রশাসকের কার্যালয়", "দিনাজপুর")
                .memo(MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯"), LocalDate.of(2023, 12, 23))
                .subject("ইনোভেশন টিম গঠন");
        for (int i = 0; i < paragraphs; i++) {
            if (heading != null && i == paragraphs - 1) {
                doc.heading(heading);
            }
            doc.paragraph("জনগণের দোরগোড়ায় ই-সেবা পৌঁছে দিতে এ কার্যালয়ের ইনোভেশন টিম নিয়মিত সভা করবে এবং সিদ্ধান্ত বাস্তবায়ন করবে।");
            if (i == 0) {
                for (int s = 0; s < shortOnes; s++) {
                    doc.paragraph("সভার কাজ শুরু হয়।");
                }
            }
        }
        return doc.signature("শাকিল আহমেদ", "জেলা প্রশাসক, দিনাজপুর", null, null, LocalDate.of(2023, 12, 23))
                .copies(LocalDate.of(2023, 12, 23), List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ, ঢাকা", "বিভাগীয় কমিশনার, রাজশাহী"))
                .build();
    }

    private static List<String> pages(byte[] pdf) {
        return Stream.of(Tools.pdfText(pdf).split("\f")).map(p -> p.replaceAll("\\s+", "")).toList();
    }

    private static int pageOf(List<String> pages, String text) {
        return IntStream.range(0, pages.size()).filter(i -> pages.get(i).contains(text)).findFirst().orElse(-1);
    }

    @Test
    void theCopyListsHeadingSharesAPageWithItsFirstRecipientWhereverThePaperEnds() {
        List<Integer> movedDown = new ArrayList<>();
        for (int n = 8; n <= 30; n++) {
            List<String> pages = pages(Renderers.PDF.render(paper(n, null)));
            int heading = pageOf(pages, HEADING_END);
            assertThat(heading).as("%d paragraphs: the heading is printed", n).isGreaterThanOrEqualTo(0);
            assertThat(pageOf(pages, FIRST)).as("%d paragraphs: the first recipient on the heading's page", n).isEqualTo(heading);
            if (heading > 0 && !pages.get(heading).startsWith(HEADING_END)) {
                movedDown.add(n);
            }
        }
        assertThat(movedDown).as("some papers start the copy list on a later page than the body").isNotEmpty();
    }

    @Test
    void aHeadingInTheBodyIsNeverTheLastLineOfAPage() {
        for (int n = 14; n <= 20; n++) {
            for (int shortOnes = 0; shortOnes <= 3; shortOnes++) {
                List<String> pages = pages(Renderers.PDF.render(paper(n, shortOnes, "সিদ্ধান্তসমূহ")));
                for (int p = 0; p < pages.size() - 1; p++) {
                    // the page number "পৃষ্ঠা x / y" closes every page; the heading must not come just before it
                    assertThat(pages.get(p).replaceAll("পৃষ্ঠা[০-৯]+/[০-৯]+$", "")).as("%d + %d paragraphs, page %d", n, shortOnes, p + 1)
                            .doesNotEndWith("সিদ্ধান্তসমূহ");
                }
            }
        }
    }

    @Test
    void theDocxKeepsTheCopyListsMemoLineAndHeadingWithTheFirstRecipient() {
        XWPFDocument docx = Docx.open(Docx.RENDERER.render(paper(10, null)));
        XWPFParagraph heading = docx.getParagraphs().stream().filter(p -> p.getText().endsWith("অনুলিপি প্রেরণ করা হইল:")).findFirst().orElseThrow();
        assertThat(heading.getCTP().getPPr().isSetKeepNext()).as("the heading keeps with the first recipient").isTrue();
        var memoTable = docx.getTables().getLast();
        assertThat(memoTable.getRow(0).getCell(0).getParagraphs().getFirst().getCTP().getPPr().isSetKeepNext())
                .as("the copy list's memo line keeps with its heading").isTrue();
    }
}
