package bd.udbhabon.document.internal;

import bd.udbhabon.document.internal.Shaper.Run;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking on shaped widths. Bengali has no hyphenation: lines break at spaces only,
 * and a word wider than the line is cut between grapheme clusters (ICU's, which since Unicode 15.1
 * keep a conjunct such as ন্ত্র together).
 */
final class LineBreaker {

    /** A word (or a piece of one) and the width of the space that follows it (0 inside a word). */
    record Word(List<Run> runs, float width, float spaceAfter) {
    }

    /** Words of one line; {@code width} is the natural width, spaces included. */
    record Line(List<Word> words, float width) {
    }

    private final Shaper shaper;

    LineBreaker(Shaper shaper) {
        this.shaper = shaper;
    }

    List<Line> lines(String text, boolean bold, float size, float maxWidth) {
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float width = 0;
        for (Word word : words(text, bold, size, maxWidth)) {
            float needed = current.isEmpty() ? word.width() : width + current.getLast().spaceAfter() + word.width();
            if (!current.isEmpty() && needed > maxWidth) {
                lines.add(new Line(current, width));
                current = new ArrayList<>();
                needed = word.width();
            }
            current.add(word);
            width = needed;
        }
        if (!current.isEmpty()) {
            lines.add(new Line(current, width));
        }
        return lines;
    }

    private List<Word> words(String text, boolean bold, float size, float maxWidth) {
        List<Word> words = new ArrayList<>();
        if (text.isEmpty()) {
            return words;
        }
        for (String token : text.split(" ")) {
            List<Run> runs = shaper.runs(token, bold, size);
            float space = shaper.width(runs.getLast().font(), size, " ");
            float width = total(runs);
            if (width <= maxWidth) {
                words.add(new Word(runs, width, space));
            } else {
                words.addAll(clusters(token, bold, size, maxWidth, space));
            }
        }
        return words;
    }

    /** A too-long word in pieces that each fit, cut between grapheme clusters. */
    private List<Word> clusters(String token, boolean bold, float size, float maxWidth, float space) {
        List<Word> pieces = new ArrayList<>();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
        graphemes.setText(token);
        int start = 0;
        int fits = -1;
        for (int end = graphemes.next(); end != BreakIterator.DONE; end = graphemes.next()) {
            if (total(shaper.runs(token.substring(start, end), bold, size)) > maxWidth && fits > start) {
                pieces.add(piece(token.substring(start, fits), bold, size, 0));
                start = fits;
            }
            fits = end;
        }
        pieces.add(piece(token.substring(start), bold, size, space));
        return pieces;
    }

    private Word piece(String text, boolean bold, float size, float spaceAfter) {
        List<Run> runs = shaper.runs(text, bold, size);
        return new Word(runs, total(runs), spaceAfter);
    }

    private static float total(List<Run> runs) {
        float w = 0;
        for (Run r : runs) {
            w += r.width();
        }
        return w;
    }
}
