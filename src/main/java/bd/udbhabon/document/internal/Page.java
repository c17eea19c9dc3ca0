package bd.udbhabon.document.internal;

import bd.udbhabon.document.internal.Shaper.Run;

import java.util.ArrayList;
import java.util.List;

/**
 * One laid-out page: text runs and rules, in reading order, with y measured down from the top of
 * the page. Laying out everything before writing lets the footer say "পৃষ্ঠা ১ / ৩" and means bad
 * input fails before a byte of PDF is written.
 */
final class Page {

    record Text(float x, float baseline, Run run) {
    }

    record Rule(float x1, float y1, float x2, float y2) {
    }

    /** A filled rectangle (a chart's bar), from its top left corner. */
    record Fill(float x, float y, float width, float height) {
    }

    final List<Text> texts = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    final List<Fill> fills = new ArrayList<>();

    /**
     * Adds a run; a run that continues the previous one on the same baseline in the same font is
     * merged into it, so a left-aligned line is one run and its ActualText one piece of text.
     */
    void text(float x, float baseline, Run run) {
        if (!texts.isEmpty()) {
            Text last = texts.getLast();
            Run prev = last.run();
            if (last.baseline() == baseline && prev.font() == run.font() && prev.size() == run.size()
                    && Math.abs(last.x() + prev.width() - x) < 0.01f) {
                texts.set(texts.size() - 1, new Text(last.x(), baseline,
                        new Run(prev.font(), prev.size(), prev.text() + run.text(), prev.width() + run.width())));
                return;
            }
        }
        texts.add(new Text(x, baseline, run));
    }

    void fill(float x, float y, float width, float height) {
        fills.add(new Fill(x, y, width, height));
    }

    void rule(float x1, float y1, float x2, float y2) {
        rules.add(new Rule(x1, y1, x2, y2));
    }

    /** The four sides of a rectangle; neighbouring cells share sides, drawn on the same line. */
    void box(float x1, float y1, float x2, float y2) {
        rule(x1, y1, x2, y1);
        rule(x2, y1, x2, y2);
        rule(x2, y2, x1, y2);
        rule(x1, y2, x1, y1);
    }
}
