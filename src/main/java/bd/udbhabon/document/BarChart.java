package bd.udbhabon.document;

import java.util.List;

/**
 * A bar chart as pages and papers show figures (issue 16: the dashboards, the annual report): a title, bars with
 * their labels and values, already in the reader's language and digits, and the largest value the axis reaches
 * ({@code 100} for rates in percent, else the largest bar). Pages draw it with {@link SvgBarChart}; a chart always
 * goes with a table of the same figures, for screen readers and for print. It is also a {@link Block} of a paper (the
 * annual report): the PDF draws its bars as filled rectangles with shaped text, the DOCX as a Word chart, the HTML
 * preview as this SVG.
 */
public record BarChart(String title, List<Bar> bars, double max) implements Block {

    public BarChart {
        bars = List.copyOf(bars);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a chart needs a title");
        }
        if (!(max >= 0) || bars.stream().anyMatch(b -> !(b.value() >= 0))) {
            throw new IllegalArgumentException("a chart's values are finite and not negative: " + bars + ", max " + max);
        }
    }

    /** A chart whose axis reaches its largest bar. */
    public static BarChart of(String title, List<Bar> bars) {
        return new BarChart(title, bars, bars.stream().mapToDouble(Bar::value).max().orElse(0));
    }

    /** One bar: its label and its value's text as the reader reads them ("৯৭.৮%"), and the value drawn. */
    public record Bar(String label, String valueText, double value) {
    }
}
