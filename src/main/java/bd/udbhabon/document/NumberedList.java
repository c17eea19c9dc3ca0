package bd.udbhabon.document;

import bd.udbhabon.bangla.SerialStyle;

import java.util.List;
import java.util.Objects;

/**
 * Numbered paragraphs or list entries; the serials come from {@link SerialStyle} ("(১)", "১)",
 * "০১।"), counted from {@code first}. Each item's text hangs after its serial.
 */
public record NumberedList(SerialStyle style, int first, List<String> items) implements Block {

    public NumberedList {
        Objects.requireNonNull(style, "style");
        if (first < 1) {
            throw new IllegalArgumentException("a list starts at 1 or later, not " + first);
        }
        items = Texts.cleanAll(items, "list item");
    }

    public NumberedList(SerialStyle style, List<String> items) {
        this(style, 1, items);
    }

    /** The serial of item {@code index} (0-based), e.g. "(৩)". */
    public String serial(int index) {
        return style.format(first + index);
    }
}
