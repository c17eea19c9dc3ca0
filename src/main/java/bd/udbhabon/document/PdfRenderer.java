package bd.udbhabon.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders a {@link Document} to PDF (A4, fonts embedded and subset, Bangla page numbers, ActualText
 * so that copy and search give the exact text). Thread-safe; get one as a Spring bean.
 *
 * <p>Text that none of the configured fonts covers (Tamil, emoji, ...) is refused with an
 * {@link IllegalArgumentException} naming the character; nothing is written then.
 */
public interface PdfRenderer {

    /** Writes the whole PDF to {@code out}, or throws before writing anything. */
    void render(Document document, OutputStream out) throws IOException;

    default byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
