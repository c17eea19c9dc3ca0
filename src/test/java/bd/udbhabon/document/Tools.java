package bd.udbhabon.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The command-line tools the document tests check our output with: HarfBuzz's hb-shape (Debian
 * libharfbuzz-bin) and poppler's pdftotext, pdftoppm, pdfinfo, pdffonts (Debian poppler-utils).
 * A missing tool fails the test with the package to install; .ci/run installs both.
 */
public final class Tools {

    private Tools() {
    }

    /** Runs the command, fails the test unless it exits 0, returns its standard output (UTF-8). */
    static String run(String... command) {
        List<String> cmd = new ArrayList<>(List.of(command));
        String tool = cmd.getFirst();
        if (!onPath(tool)) {
            String pkg = tool.startsWith("hb-") ? "libharfbuzz-bin" : "poppler-utils";
            fail(tool + " is not installed: install the Debian package " + pkg
                    + " (sudo apt-get install " + pkg + "; .ci/run does it on CI)");
        }
        try {
            Path err = Files.createTempFile("tool", ".err");
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail(String.join(" ", cmd) + " failed: " + Files.readString(err));
            }
            Files.deleteIfExists(err);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Writes {@code pdf} to a temporary file (deleted on exit). */
    static Path temp(byte[] pdf) {
        try {
            Path file = Files.createTempFile("udbhabon-doc", ".pdf");
            file.toFile().deleteOnExit();
            Files.write(file, pdf);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the PDF in content-stream order (poppler honours ActualText). */
    public static String pdfText(byte[] pdf) {
        return run("pdftotext", "-raw", "-enc", "UTF-8", temp(pdf).toString(), "-");
    }

    /** pdfinfo's "Key: value" lines, e.g. info.get("Pages"). */
    public static java.util.Map<String, String> pdfInfo(byte[] pdf) {
        java.util.Map<String, String> info = new java.util.LinkedHashMap<>();
        for (String line : run("pdfinfo", "-enc", "UTF-8", temp(pdf).toString()).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                info.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return info;
    }
}
