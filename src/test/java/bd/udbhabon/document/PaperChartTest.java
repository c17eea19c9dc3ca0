package bd.udbhabon.document;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.document.internal.HtmlPaperRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;

/**
 * Issue 16, point 1: a {@link BarChart} in a paper's body (the annual report's charts) is drawn in the PDF (filled bars
 * and their shaped Bangla labels), in the DOCX (a Word chart with its categories) and in the HTML preview (the SVG).
 */
class PaperChartTest {

    private static final BarChart CHART = new BarChart("সিদ্ধান্ত বাস্তবায়নের হার", List.of(
            new BarChart.Bar("প্রথম ত্রৈমাসিক", "৫০%", 50), new BarChart.Bar("দ্বিতীয় ত্রৈমাসিক", "৭৫%", 75)), 100);

    private static Document paper() {
        return Document.builder().letterhead("www.example.gov.bd", "উদাহরণ কার্যালয়").title("বার্ষিক প্রতিবেদন")
                .paragraph("সিদ্ধান্তসমূহ বাস্তবায়িত হয়েছে।").block(CHART).paragraph("শেষ অনুচ্ছেদ।").build();
    }

    @Test
    void thePdfDrawsTheBarsAsFilledRectanglesWithTheirLabelsAndValues() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.PDF.render(paper(), out);
        byte[] pdf = out.toByteArray();

        String text = DocumentText.words(Tools.pdfText(pdf));
        assertThat(text).contains("সিদ্ধান্ত বাস্তবায়নের হার", "প্রথম ত্রৈমাসিক", "৫০%", "দ্বিতীয় ত্রৈমাসিক", "৭৫%", "শেষ অনুচ্ছেদ।");
        String content = new String(new PdfReader(pdf).getPageContent(1), StandardCharsets.ISO_8859_1);
        assertThat(content.split(" re\\n", -1)).as("two bars drawn as rectangles").hasSize(3);
        assertThat(content).contains("\nf\n");
    }

    @Test
    void theDocxHasAWordChartWithTheBanglaCategories() throws IOException {
        XWPFDocument docx = Docx.valid(Docx.RENDERER.render(paper()));

        assertThat(docx.getCharts()).hasSize(1);
        XWPFChart chart = docx.getCharts().getFirst();
        String xml = chart.getCTChartSpace().xmlText();
        assertThat(xml).contains("প্রথম ত্রৈমাসিক", "দ্বিতীয় ত্রৈমাসিক", "barDir");
        assertThat(Docx.paragraphs(docx)).contains("সিদ্ধান্ত বাস্তবায়নের হার", "শেষ অনুচ্ছেদ।");
    }

    @Test
    void theHtmlPreviewShowsTheSvg() {
        String html = new HtmlPaperRenderer("").fragment(paper());

        assertThat(html).contains("<figure class=\"udb-block udb-chart\"><svg class=\"bar-chart\"", "প্রথম ত্রৈমাসিক", "&gt;৭৫%".substring(4));
    }
}
