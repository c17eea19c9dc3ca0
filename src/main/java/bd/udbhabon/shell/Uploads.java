package bd.udbhabon.shell;

import bd.udbhabon.bangla.BanglaText;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one rule for every file the product accepts: its type is what its content is (Apache Tika's
 * magic bytes, never the browser's declared type nor the name), checked against what that upload
 * point takes; the type stored is the detected one; the name is cleaned and its extension made to
 * match the content. A file is served back the same way, so files stored before this rule are
 * covered too.
 */
public final class Uploads {

    /** The longest file name taken, in characters (the stored name is cleaned and cut further). */
    public static final int MAX_NAME_CHARACTERS = 255;

    /** The kinds of file any upload point takes, with the extensions a matching name may end in (the first is added). */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        /** Plain text, read as CSV (never stored as a file). */
        CSV("text/csv", "csv", "txt");

        private final String contentType;
        private final List<String> extensions;

        Kind(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = List.of(extensions);
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extensions.getFirst();
        }
    }

    /** A file that passed: its clean name (extension matching the content), the detected type, the bytes. */
    public record Accepted(String fileName, Kind kind, byte[] bytes) {

        public String contentType() {
            return kind.contentType();
        }
    }

    /** Meeting working papers and decision evidence: papers and scans as offices send them. */
    public static final Uploads DOCUMENTS = new Uploads("upload.allowed.documents",
            EnumSet.of(Kind.PDF, Kind.DOCX, Kind.XLSX, Kind.JPEG, Kind.PNG));
    /** Officer and office imports. */
    public static final Uploads CSV = new Uploads("upload.allowed.csv", EnumSet.of(Kind.CSV));
    /** The action-plan template import: a spreadsheet saved as XLSX, or CSV. */
    public static final Uploads SPREADSHEETS = new Uploads("upload.allowed.spreadsheets", EnumSet.of(Kind.CSV, Kind.XLSX));

    /** tika-core's detector: magic bytes and XML roots only; thread-safe. */
    private static final Tika TIKA = new Tika();
    /**
     * Removed from names: controls, line separators, lone surrogates, BOM, and the bidirectional
     * marks and overrides that make "photo‮gnp.exe" read as "photoexe.png". ZWJ and ZWNJ stay:
     * Bangla spelling uses them (র‍্যাব).
     */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}\\p{Zl}\\p{Zp}\\p{Cs}\\uFEFF\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFFF9-\\uFFFB]");
    /** Reserved on Windows (and / everywhere); replaced, not dropped, so words stay apart. */
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    /** "report.exe", "scan.JPG"; not "সভা ১৯.০৬.২০২৩" nor "minutes 19.06.2023" (digits only: part of the name). */
    private static final Pattern EXTENSION = Pattern.compile("\\.(?=[0-9]*[A-Za-z])([A-Za-z0-9]{1,8})$");
    /** Names for what Tika's own extension would misname (an EXE is ".dll" to it) or not name at all. */
    private static final java.util.Map<String, String> KNOWN = java.util.Map.of(
            "application/x-msdownload", "EXE", "application/x-dosexec", "EXE", "application/x-executable", "ELF",
            "application/x-tika-ooxml", "Office (OOXML)", "application/x-tika-msoffice", "Office 97-2003",
            "application/octet-stream", "BIN");
    /** Whole name at most this many UTF-8 bytes: Linux file systems take 255, some tools fewer. */
    static final int MAX_NAME_BYTES = 200;

    private final String allowedKey;
    private final Set<Kind> allowed;

    private Uploads(String allowedKey, Set<Kind> allowed) {
        this.allowedKey = allowedKey;
        this.allowed = allowed;
    }

    /**
     * The file as it will be stored, or null after adding to {@code errors} under {@code field}
     * why it was refused ("invoice.pdf: this file is HTML; only PDF, DOCX, … are taken here").
     *
     * @param fallbackName the name when the browser sent none usable ("প্রমাণক")
     */
    public Accepted check(String name, byte[] bytes, String fallbackName, String field, FormErrors errors) {
        if (tooLong(name)) {
            errors.add(field, "input.fileNameTooLong", MAX_NAME_CHARACTERS);
            return null;
        }
        Accepted accepted = accept(name, bytes, fallbackName);
        if (accepted == null) {
            errors.add(field, "upload.error.type", cleanName(name, fallbackName), describe(bytes), allowedList());
        }
        return accepted;
    }

    /** As {@link #check(String, byte[], String, String, FormErrors)}, refusing with 415 (a JSON error under /api/). */
    public Accepted require(String name, byte[] bytes, String fallbackName) {
        if (tooLong(name)) {
            throw UserFacingException.badRequest("input.fileNameTooLong", MAX_NAME_CHARACTERS);
        }
        Accepted accepted = accept(name, bytes, fallbackName);
        if (accepted == null) {
            throw new UserFacingException(415, "upload.error.type", cleanName(name, fallbackName), describe(bytes), allowedList());
        }
        return accepted;
    }

    /** A name this long is refused rather than cut: the officer chooses the shorter name. */
    private static boolean tooLong(String name) {
        return name != null && name.codePointCount(0, name.length()) > MAX_NAME_CHARACTERS;
    }

    private Accepted accept(String name, byte[] bytes, String fallbackName) {
        return detect(bytes).filter(allowed::contains)
                .map(kind -> new Accepted(fileName(cleanName(name, fallbackName), kind), kind, bytes))
                .orElse(null);
    }

    /** "PDF, DOCX, XLSX, JPG বা PNG", resolved in the reader's language when the message is. */
    private DefaultMessageSourceResolvable allowedList() {
        return new DefaultMessageSourceResolvable(new String[] {allowedKey}, allowedKey);
    }

    /**
     * A stored file sent back as an attachment: with its stored type when the content still is
     * that (always, for files checked on upload), else as bytes to save ({@code .bin}), never as
     * anything a browser would open; the name cleaned again with its extension matching.
     */
    public static ResponseEntity<byte[]> download(String storedName, String storedType, byte[] bytes) {
        Optional<Kind> kind = detect(bytes).filter(k -> k.contentType().equals(storedType));
        String clean = cleanName(storedName, "file");
        return kind.map(k -> Downloads.attachment(bytes, MediaType.parseMediaType(k.contentType()), fileName(clean, k)))
                .orElseGet(() -> Downloads.attachment(bytes, MediaType.APPLICATION_OCTET_STREAM, withExtension(clean, List.of("bin"))));
    }

    /** What the content is, if it is one of the kinds any upload point takes. */
    public static Optional<Kind> detect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        // The name is not passed on purpose: with it Tika would take a ZIP named .docx for a DOCX.
        String type = mediaType(bytes);
        return switch (type) {
            case "application/pdf" -> Optional.of(Kind.PDF);
            case "image/png" -> Optional.of(Kind.PNG);
            case "image/jpeg" -> Optional.of(Kind.JPEG);
            case "text/plain", "text/csv" -> Optional.of(Kind.CSV);
            case "application/zip", "application/x-tika-ooxml" -> OfficeZip.kind(bytes);
            default -> Optional.empty();
        };
    }

    private static String mediaType(byte[] bytes) {
        return TIKA.detect(bytes);
    }

    /** A short name for what the content is, for the refusal message ("HTML", "SVG", "EXE"). */
    private static String describe(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "—";
        }
        Optional<Kind> kind = detect(bytes);
        if (kind.isPresent()) {
            return kind.get() == Kind.CSV ? "TXT/CSV" : kind.get().extension().toUpperCase(Locale.ROOT);
        }
        String type = mediaType(bytes);
        String known = KNOWN.get(type);
        if (known != null) {
            return known;
        }
        try {
            String extension = org.apache.tika.mime.MimeTypes.getDefaultMimeTypes().forName(type).getExtension();
            if (!extension.isEmpty()) {
                return extension.substring(1).toUpperCase(Locale.ROOT);
            }
        } catch (org.apache.tika.mime.MimeTypeException e) {
            // fall through to the type itself
        }
        return type;
    }

    /**
     * The name as the officer's computer had it, made safe to show and to save: NFC, without any
     * folder, without invisible and direction-changing characters, reserved characters turned to
     * "_", no leading dots, not a Windows device name, at most {@value #MAX_NAME_BYTES} UTF-8 bytes
     * cut between letters (Bangla conjuncts are not split). Its extension is not checked here.
     */
    public static String cleanName(String name, String fallbackName) {
        String clean = name == null ? "" : BanglaText.normalize(name);
        clean = INVISIBLE.matcher(clean).replaceAll("");
        clean = clean.replace('\\', '/');
        clean = clean.substring(clean.lastIndexOf('/') + 1);
        clean = RESERVED.matcher(clean).replaceAll("_");
        clean = clean.replaceAll("\\s+", " ").strip();
        clean = clean.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (clean.isEmpty() || clean.chars().allMatch(c -> c == '_')) {
            clean = fallbackName;
        }
        if (WINDOWS_DEVICE.matcher(clean).matches()) {
            clean = "_" + clean;
        }
        return limit(clean, MAX_NAME_BYTES);
    }

    /** The clean name with its extension made to match the kind: kept if it is one of the kind's, else replaced. */
    static String fileName(String cleanName, Kind kind) {
        return withExtension(cleanName, kind.extensions);
    }

    private static String withExtension(String cleanName, List<String> extensions) {
        var m = EXTENSION.matcher(cleanName);
        boolean hasExtension = m.find();
        if (hasExtension && extensions.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return cleanName;
        }
        String base = hasExtension ? cleanName.substring(0, m.start()) : cleanName;
        String extension = "." + extensions.getFirst();
        base = limit(base.strip(), MAX_NAME_BYTES - extension.length());
        return (base.isEmpty() ? "file" : base) + extension;
    }

    /** The longest prefix ending between two user-perceived characters that fits in {@code maxBytes} of UTF-8. */
    private static String limit(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        BreakIterator letters = BreakIterator.getCharacterInstance(Locale.ROOT);
        letters.setText(text);
        int end = 0;
        int bytes = 0;
        for (int next = letters.next(); next != BreakIterator.DONE; next = letters.next()) {
            bytes += text.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                break;
            }
            end = next;
        }
        // Before Unicode 15.1 (JDK 22) a conjunct is several clusters: never end on a hasanta or joiner.
        while (end > 0 && "\u09CD\u200C\u200D".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    /**
     * DOCX or XLSX by the entries of the ZIP they are, read from its central directory only (no
     * entry is inflated, so a ZIP bomb costs nothing). Macro-carrying files (vbaProject.bin) are not
     * documents here.
     */
    static final class OfficeZip {

        private OfficeZip() {
        }

        static Optional<Kind> kind(byte[] zip) {
            List<String> names = entryNames(zip);
            if (names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"))) {
                return Optional.empty();
            }
            if (!names.contains("[Content_Types].xml")) {
                return Optional.empty();
            }
            if (names.contains("word/document.xml")) {
                return Optional.of(Kind.DOCX);
            }
            if (names.contains("xl/workbook.xml")) {
                return Optional.of(Kind.XLSX);
            }
            return Optional.empty();
        }

        /** The entry names, or none when the central directory is not where and what it should be. */
        static List<String> entryNames(byte[] zip) {
            int eocd = -1;
            for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
                if (int32(zip, i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                return List.of();
            }
            int count = int16(zip, eocd + 10);
            long offset = int32(zip, eocd + 16) & 0xFFFFFFFFL;
            var names = new java.util.ArrayList<String>(Math.min(count, 1000));
            int at = (int) Math.min(offset, Integer.MAX_VALUE);
            for (int i = 0; i < count; i++) {
                if (at < 0 || at + 46 > zip.length || int32(zip, at) != 0x02014b50) {
                    return List.of();
                }
                int nameLength = int16(zip, at + 28);
                int extraLength = int16(zip, at + 30);
                int commentLength = int16(zip, at + 32);
                if (at + 46 + nameLength > zip.length) {
                    return List.of();
                }
                names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
                at += 46 + nameLength + extraLength + commentLength;
            }
            return names;
        }

        private static int int16(byte[] b, int at) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
        }

        private static int int32(byte[] b, int at) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
        }
    }
}
