package bd.udbhabon.document;

import bd.udbhabon.bangla.SerialStyle;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input and the DOCX: the same decisions as for the PDF (BadInputTest). An empty document is
 * refused when built; a huge table is a valid document; a character none of the document's fonts
 * has is refused, naming it, before anything is written.
 */
class DocxBadInputTest {

    private static Document.Builder letter() {
        return Document.builder().letterhead("www.dinajpur.gov.bd", "জেলা প্রশাসকের কার্যালয়, দিনাজপুর");
    }

    @Test
    void anEmptyDocumentIsRefusedWhenBuiltATitleAloneIsAValidDocument() {
        assertThatThrownBy(() -> letter().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        XWPFDocument docx = Docx.valid(Docx.RENDERER.render(letter().title("অফিস আদেশ").build()));
        assertThat(Docx.paragraphs(docx)).containsExactly("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার",
                "জেলা প্রশাসকের কার্যালয়, দিনাজপুর", "www.dinajpur.gov.bd", "অফিস আদেশ");
    }

    @Test
    void tenThousandRowsMakeAValidDocumentThatPoiReopens() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ক্রমিক", "নাম ও পদবি", "স্বাক্ষর"));
        for (int i = 1; i <= 10_000; i++) {
            rows.add(List.of(SerialStyle.DOT.format(i), "সহকারী কমিশনার, আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়", ""));
        }
        Document doc = letter().landscape().title("হাজিরা").table(Table.of(new float[] {1, 6, 3}, rows)).build();

        byte[] docx = Docx.RENDERER.render(doc);

        assertThat(docx.length).isLessThan(2_000_000);
        // 10,000 alike rows compress over 100:1, which POI's zip bomb guard refuses by default
        double guard = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(0.001);
        try {
            XWPFDocument reopened = Docx.valid(docx);
            XWPFTable table = reopened.getTables().getFirst();
            assertThat(table.getRows()).hasSize(10_001);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(10_000).getCell(0).getText()).isEqualTo("১০০০০.");
        } finally {
            ZipSecureFile.setMinInflateRatio(guard);
        }
    }

    @Test
    void aScriptTheFontsDoNotCoverIsRefusedNamingTheCharacterAndNothingIsWritten() throws Exception {
        Document tamil = letter().paragraph("কমিটি தமிழ்").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> Docx.RENDERER.render(tamil, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0BA4").hasMessageContaining("TAMIL LETTER TA");
        assertThat(out.size()).isZero();

        Document emoji = letter().table(Table.of(new float[] {1}, List.of(List.of("মন্তব্য"), List.of("ধন্যবাদ \uD83D\uDE00")))).build();
        assertThatThrownBy(() -> Docx.RENDERER.render(emoji)).hasMessageContaining("U+1F600");
    }

    @Test
    void latinTextSuchAsAnEmailIsCovered() {
        Document doc = letter().paragraph("ইমেইল: dcdinajpur@mopa.gov.bd, ICT Action Plan-এর (BNDA) ১০০%").build();
        assertThat(Docx.paragraphs(Docx.open(Docx.RENDERER.render(doc))))
                .contains("ইমেইল: dcdinajpur@mopa.gov.bd, ICT Action Plan-এর (BNDA) ১০০%");
    }
}
