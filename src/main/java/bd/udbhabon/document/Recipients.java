package bd.udbhabon.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Lines of a distribution or copy list, mended where a part was empty (issue 19, point 9). A recipient
 * is written "post, office, place"; when a part is missing, what is left starts or runs with a bare
 * separator: seed 001's sixth copy is "৬), দিনাজপুর।", a post left out before the district. Copied from
 * one paper to the next it kept printing so. Mended, the line keeps what it says without the empty
 * parts ("দিনাজপুর।"); a line left with nothing is dropped. Both lists mend their lines, and forms
 * that start with an earlier paper's lists mend them before showing them. Pure.
 */
public final class Recipients {

    // only what an empty part leaves: a line's own wording ("… বিভাগ ;", "… এবং") stays as the office wrote it
    private static final Pattern LEADING = Pattern.compile("^[\\s,;:।]+");
    private static final Pattern EMPTY_PARTS = Pattern.compile("\\s*,(\\s*,)+\\s*");
    private static final Pattern EMPTY_LAST_PART = Pattern.compile("\\s*,\\s*(।)$");
    private static final Pattern EMPTY_END = Pattern.compile("\\s*,\\s*$");

    private Recipients() {
    }

    /** The line without the separators its empty parts left; empty when nothing is left. */
    public static String mend(String line) {
        Objects.requireNonNull(line, "recipient");
        String s = line.strip();
        s = LEADING.matcher(s).replaceFirst("");
        s = EMPTY_PARTS.matcher(s).replaceAll(", ");
        s = EMPTY_LAST_PART.matcher(s).replaceFirst("$1");
        s = EMPTY_END.matcher(s).replaceFirst("");
        return s;
    }

    /** Each line mended, those left with nothing dropped, in order. */
    public static List<String> mendAll(Collection<String> lines) {
        List<String> mended = new ArrayList<>();
        for (String line : lines) {
            String m = mend(line);
            if (!m.isEmpty()) {
                mended.add(m);
            }
        }
        return mended;
    }

    /** "post", "office" and "place" joined by ", " leaving out the blank ones: never a bare separator. */
    public static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p.strip());
            }
        }
        return String.join(", ", present);
    }

    /** The line as compared with others: mended, without its full stop, spaces collapsed. */
    public static String key(String line) {
        return mend(line).replaceAll("[।.]$", "").replaceAll("\\s+", " ").strip();
    }
}
