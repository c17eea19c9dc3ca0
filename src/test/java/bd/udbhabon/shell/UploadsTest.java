package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.shell.Uploads.Kind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** What a file is comes from its bytes; what it is called is made safe to show and to save. */
class UploadsTest {

    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

    @Test
    void theContentDecidesNotTheName() throws Exception {
        assertThat(Uploads.detect(png())).contains(Kind.PNG);
        assertThat(Uploads.detect(jpeg())).contains(Kind.JPEG);
        assertThat(Uploads.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(Kind.PDF);
        assertThat(Uploads.detect(docx())).contains(Kind.DOCX);
        assertThat(Uploads.detect(xlsx())).contains(Kind.XLSX);
        assertThat(Uploads.detect("নাম,পদবি\r\nক,খ\r\n".getBytes(StandardCharsets.UTF_8))).contains(Kind.CSV);
        assertThat(Uploads.detect(HTML)).isEmpty();
        assertThat(Uploads.detect(SVG)).isEmpty();
        assertThat(Uploads.detect(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})).isEmpty();
        assertThat(Uploads.detect(new byte[0])).isEmpty();
    }

    @Test
    void aZipIsADocumentOnlyWithADocumentsParts() throws Exception {
        assertThat(Uploads.detect(zip("a.txt"))).as("any ZIP").isEmpty();
        assertThat(Uploads.detect(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"))).as("macros").isEmpty();
        assertThat(Uploads.detect(zip("[Content_Types].xml", "word/document.xml"))).contains(Kind.DOCX);
        byte[] broken = docx();
        broken[broken.length - 3] = 0x7f; // the central directory's offset now points past the end
        assertThat(Uploads.detect(broken)).isEmpty();
    }

    @Test
    void aCheckedFileHasTheDetectedTypeAndANameEndingAsItsContent() throws Exception {
        FormErrors errors = new FormErrors();
        var accepted = Uploads.DOCUMENTS.check("C:\\Users\\dc\\Desktop\\scan\u202Egnp.exe", png(), "প্রমাণক", "evidence", errors);
        assertThat(errors.any()).isFalse();
        assertThat(accepted.contentType()).isEqualTo("image/png");
        assertThat(accepted.fileName()).isEqualTo("scangnp.png");
        assertThat(Uploads.DOCUMENTS.check("invoice.pdf", HTML, "প্রমাণক", "evidence", errors)).isNull();
        assertThat(errors.has("evidence")).isTrue();
        assertThat(Uploads.CSV.check("officers.csv", xlsx(), "officers.csv", "file", new FormErrors())).isNull();
    }

    @Test
    void aRefusalNamesTheFileAsSentAndWhatItReallyIs() throws Exception {
        assertThat(refusal(Uploads.DOCUMENTS, "setup\u202Efdp.exe", new byte[] {'M', 'Z', (byte) 0x90, 0})).isEqualTo("setupfdp.exe|EXE");
        assertThat(refusal(Uploads.DOCUMENTS, "invoice.pdf", HTML)).isEqualTo("invoice.pdf|HTML");
        assertThat(refusal(Uploads.DOCUMENTS, "chart.png", SVG)).isEqualTo("chart.png|SVG");
        assertThat(refusal(Uploads.DOCUMENTS, "notes.pdf", "plain words".getBytes(StandardCharsets.UTF_8))).isEqualTo("notes.pdf|TXT/CSV");
        assertThat(refusal(Uploads.CSV, "officers.csv", xlsx())).isEqualTo("officers.csv|XLSX");
        assertThat(refusal(Uploads.CSV, "officers.csv", png())).isEqualTo("officers.csv|PNG");
    }

    private static String refusal(Uploads rule, String name, byte[] bytes) {
        FormErrors errors = new FormErrors();
        assertThat(rule.check(name, bytes, "x", "file", errors)).isNull();
        return errors.resolve((key, args) -> args[0] + "|" + args[1]).get("file");
    }

    @Test
    void namesAreCleaned() {
        assertThat(Uploads.cleanName("../../etc/passwd", "x")).isEqualTo("passwd");
        assertThat(Uploads.cleanName("a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl.pdf", "x"))
                .isEqualTo("abcdefghijkl.pdf");
        assertThat(Uploads.cleanName("line\r\nbreak\u0000.pdf", "x")).isEqualTo("linebreak.pdf");
        assertThat(Uploads.cleanName("what?<is>:this|\"*.pdf", "x")).isEqualTo("what__is__this___.pdf");
        assertThat(Uploads.cleanName("...hidden. ", "x")).isEqualTo("hidden");
        assertThat(Uploads.cleanName("CON.pdf", "x")).isEqualTo("_CON.pdf");
        assertThat(Uploads.cleanName("  ", "প্রমাণক")).isEqualTo("প্রমাণক");
        assertThat(Uploads.cleanName(null, "প্রমাণক")).isEqualTo("প্রমাণক");
        // NFC: য + nukta and the precomposed য় are one spelling; ZWJ in র‍্যাব stays.
        assertThat(Uploads.cleanName("সভা\u09DF.pdf", "x")).isEqualTo("সভা\u09AF\u09BC.pdf");
        assertThat(Uploads.cleanName("র\u200D্যাব.pdf", "x")).isEqualTo("র\u200D্যাব.pdf");
    }

    @Test
    void theExtensionFollowsTheContentAndLongNamesAreCutBetweenLetters() {
        assertThat(Uploads.fileName("invoice.html", Kind.PDF)).isEqualTo("invoice.pdf");
        assertThat(Uploads.fileName("scan.JPEG", Kind.JPEG)).isEqualTo("scan.JPEG");
        assertThat(Uploads.fileName("সভার কার্যপত্র ১৯.০৬.২০২৩", Kind.PDF)).isEqualTo("সভার কার্যপত্র ১৯.০৬.২০২৩.pdf");
        assertThat(Uploads.fileName("minutes 19.06.2023", Kind.DOCX)).isEqualTo("minutes 19.06.2023.docx");
        String longName = "ক্ষ".repeat(200) + ".pdf";
        String clean = Uploads.fileName(Uploads.cleanName(longName, "x"), Kind.PDF);
        assertThat(clean.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Uploads.MAX_NAME_BYTES);
        assertThat(clean).startsWith("ক্ষক্ষ").endsWith(".pdf").as("no dangling hasanta").doesNotContain("\u09CD.pdf");
    }

    static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    static byte[] docx() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("কার্যপত্র");
            document.write(out);
        }
        return out.toByteArray();
    }

    static byte[] xlsx() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var book = new XSSFWorkbook()) {
            book.createSheet("কর্মকর্তা").createRow(0).createCell(0).setCellValue("নাম");
            book.write(out);
        }
        return out.toByteArray();
    }

    static byte[] zip(String... names) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write('x');
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }


    @Test
    void aNameOver255CharactersIsRefusedAtEveryUploadPointNotCut() {
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String longName = "ক".repeat(252) + ".pdf";
        FormErrors errors = new FormErrors();
        assertThat(Uploads.DOCUMENTS.check(longName, pdf, "file", "files", errors)).isNull();
        assertThat(errors.any()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Uploads.DOCUMENTS.require(longName, pdf, "file"))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).status()).isEqualTo(400);
        assertThat(Uploads.DOCUMENTS.check("ক".repeat(251) + ".pdf", pdf, "file", "files", new FormErrors())).isNotNull();
    }
}
