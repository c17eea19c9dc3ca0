package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 2: the pages' Bangla font is WOFF2 (scripts/make-web-fonts), not the TTF, and the stylesheet's
 * "web fonts" line is the fonts' SHA-256, so a new font changes the stylesheet's text and therefore its
 * content-versioned URL (Spring versions a stylesheet by its own text, not by the fonts it links).
 */
class WebFontFilesTest {

    private static final Path FONTS = Path.of("src/main/resources/static/fonts");
    private static final Path CSS = Path.of("src/main/resources/static/css/udbhabon.css");

    @Test
    void thePagesFontIsWoff2AndTheStylesheetNamesItsHash() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String weight : new String[] {"Regular", "Bold"}) {
            byte[] font = Files.readAllBytes(FONTS.resolve("NotoSansBengali-" + weight + ".woff2"));
            assertThat(new String(font, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).as(weight + ": WOFF2's signature").isEqualTo("wOF2");
            assertThat(font.length).as(weight + ": kept small for slow links").isLessThan(50_000);
            sha256.update(font);
        }
        String css = Files.readString(CSS);
        assertThat(css).as("run scripts/make-web-fonts after changing the fonts")
                .contains("/* web fonts: " + HexFormat.of().formatHex(sha256.digest()) + " */");
        assertThat(css).contains("url(\"/fonts/NotoSansBengali-Regular.woff2\") format(\"woff2\")",
                "url(\"/fonts/NotoSansBengali-Bold.woff2\") format(\"woff2\")", "font-display: swap").doesNotContain(".ttf");
        assertThat(FONTS.resolve("NotoSansBengali-Regular.ttf")).as("pages no longer serve the TTF").doesNotExist();
    }
}
