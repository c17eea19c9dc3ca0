package bd.udbhabon.document;

import bd.udbhabon.bangla.SerialStyle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input gives a clear error before anything is written, or a correct document; never a
 * broken file. Decisions: an empty document is refused; control characters are refused (tabs and
 * line breaks are whitespace); a character no font has is refused, naming it.
 */
class BadInputTest {

    private static Document.Builder letter() {
        return Document.builder().letterhead("www.dinajpur.gov.bd", "জেলা প্রশাসকের কার্যালয়, দিনাজপুর");
    }

    @Test
    void anEmptyDocumentIsRefused() {
        assertThatThrownBy(() -> letter().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Document.builder().title("অফিস আদেশ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letterhead");
    }

    @Test
    void aTitleAloneIsAValidOnePageDocument() {
        byte[] pdf = Renderers.PDF.render(letter().title("অফিস আদেশ").build());
        assertThat(Tools.pdfInfo(pdf)).containsEntry("Pages", "1");
        assertThat(Tools.pdfText(pdf)).contains("অফিস আদেশ").doesNotContain("পৃষ্ঠা");
    }

    @Test
    void tenThousandRowsMakeAValidMultiPageDocumentWithTheHeaderOnEveryPage() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ক্রমিক", "নাম ও পদবি", "স্বাক্ষর"));
        for (int i = 1; i <= 10_000; i++) {
            rows.add(List.of(SerialStyle.DOT.format(i), "সহকারী কমিশনার, আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়", ""));
        }
        Document doc = letter().landscape().title("হাজিরা").table(Table.of(new float[] {1, 6, 3}, rows)).build();

        byte[] pdf = Renderers.PDF.render(doc);

        int pages = Integer.parseInt(Tools.pdfInfo(pdf).get("Pages"));
        assertThat(pages).isGreaterThan(100);
        String text = Tools.pdfText(pdf);
        assertThat(text.split("ক্রমিক নাম ও পদবি স্বাক্ষর", -1)).hasSize(pages + 1);
        assertThat(text).contains("১০০০০.", "পৃষ্ঠা " + bd.udbhabon.bangla.BanglaDigits.toBangla(pages) + " / ");
    }

    @Test
    void controlCharactersAreRefusedNamingThem() {
        assertThatThrownBy(() -> new Paragraph("সভার\u0007 কার্যবিবরণী"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0007").hasMessageContaining("(BEL)");
        assertThatThrownBy(() -> new Table.Cell("ক\u0000খ")).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> new Paragraph("ক\u001Fখ")).hasMessageContaining("U+001F");
        assertThatThrownBy(() -> letter().title("অফিস\u001B আদেশ").build()).hasMessageContaining("U+001B");
    }

    @Test
    void tabsAndLineBreaksAreSpacesAndTextIsNfc() {
        assertThat(new Paragraph("  সভার\tকাজ\r\nশুরু  ").text()).isEqualTo("সভার কাজ শুরু");
        // ো typed as ে + া becomes U+09CB
        assertThat(new Paragraph("কো").text()).isEqualTo("\u0995\u09CB");
    }

    @Test
    void aScriptTheFontsDoNotCoverIsRefusedNamingTheCharacterAndNothingIsWritten() {
        Document tamil = letter().paragraph("কমিটি தமிழ்").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> Renderers.PDF.render(tamil, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0BA4").hasMessageContaining("TAMIL LETTER TA");
        assertThat(out.size()).isZero();

        Document emoji = letter().paragraph("ধন্যবাদ \uD83D\uDE00").build();
        assertThatThrownBy(() -> Renderers.PDF.render(emoji)).hasMessageContaining("U+1F600");
    }

    @Test
    void aWordLongerThanTheLineIsCutBetweenGraphemeClusters() {
        String longWord = "প্রতিষ্ঠানের".repeat(12) + "স্বয়ংক্রিয়";
        byte[] pdf = Renderers.PDF.render(letter().paragraph("শুরু " + longWord + " শেষ").build());
        String text = Tools.pdfText(pdf).replaceAll("\\s+", "");
        assertThat(text).contains(longWord);
    }

    @Test
    void aTableWhoseCellsDoNotFillTheGridIsRefusedNamingTheRow() {
        List<Float> three = List.of(1f, 2f, 3f);
        Table.Row full = Table.Row.of(List.of("ক", "খ", "গ"));
        assertThatThrownBy(() -> new Table(three, 1, List.of(full, Table.Row.of(List.of("ক", "খ")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2 leaves column 3 empty");
        assertThatThrownBy(() -> new Table(three, 0, List.of(Table.Row.of(List.of("ক", "খ", "গ", "ঘ")))))
                .hasMessageContaining("row 1 has more cells");
        Table.Row spanningDown = Table.Row.of(Table.Cell.down("ক", 2), new Table.Cell("খ"), new Table.Cell("গ"));
        assertThatThrownBy(() -> new Table(three, 0, List.of(spanningDown)))
                .hasMessageContaining("past the end of the table");
        assertThatThrownBy(() -> new Table(three, 1, List.of(spanningDown, full)))
                .hasMessageContaining("header cell in row 1 spans into the body");
        assertThatThrownBy(() -> new Table(three, 0, List.of(spanningDown, full)))
                .hasMessageContaining("row 2 has more cells");
        // the cell from above takes column 1 of row 2: two more cells fill it
        assertThat(new Table(three, 0, List.of(spanningDown, Table.Row.of(List.of("খ", "গ")))).cellColumns()[1])
                .containsExactly(1, 2);
    }
}
