package bd.udbhabon.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders a {@link Document} to DOCX (Office Open XML) for editing in Word or LibreOffice: the same
 * content and layout as the PDF, as real paragraphs, styles and tables, A4 with the PDF's margins.
 * Fonts are named, not embedded. Thread-safe; get one as a Spring bean.
 *
 * <p>Text that none of the document's fonts covers (Tamil, emoji, ...) is refused with an
 * {@link IllegalArgumentException} naming the character, as the PDF renderer does; nothing is
 * written then.
 */
public interface DocxRenderer {

    /** Writes the whole DOCX to {@code out} (left open), or throws before writing anything. */
    void render(Document document, OutputStream out) throws IOException;

    default byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
