package bd.udbhabon.document.internal;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings {@code udbhabon.documents.*}, read once for the PDF and the DOCX renderers (they name
 * the same font).
 *
 * @param fontDir    a folder holding the office's Bangla font; blank: the bundled Noto fonts only
 * @param banglaFont the font's file in that folder; a bold face next to it ({@code Nikosh-Bold.ttf}) is used if present
 */
@Validated
@ConfigurationProperties("udbhabon.documents")
record DocumentProperties(String fontDir, @DefaultValue("Nikosh.ttf") @NotBlank String banglaFont) {

    /** The office's Bangla font, or null for the bundled fonts; one that cannot be read stops the start-up. */
    Path regularFont() {
        if (fontDir == null || fontDir.isBlank()) {
            return null;
        }
        Path regular = Path.of(fontDir).resolve(banglaFont);
        if (!Files.isReadable(regular)) {
            throw new IllegalStateException("udbhabon.documents.font-dir is " + fontDir + " but " + regular + " cannot be read");
        }
        return regular;
    }

    /** The bold face next to the office's font, or null when there is none (the regular face is then used). */
    Path boldFont() {
        Path regular = regularFont();
        if (regular == null) {
            return null;
        }
        Path bold = regular.resolveSibling(banglaFont.replaceFirst("(?i)\\.ttf$", "-Bold.ttf"));
        return Files.isReadable(bold) ? bold : null;
    }
}
