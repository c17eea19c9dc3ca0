package bd.udbhabon.document;

import java.util.Locale;

/**
 * A {@link BarChart} as inline SVG for pages: horizontal bars (long Bangla labels fit a phone's 360 px), the label
 * above each bar and its value after it, scaled to the width it is given by CSS. The text is the page's own (the
 * page's Bangla font shapes it); {@code role="img"} with the title, since the table beside it says the same.
 */
public final class SvgBarChart {

    private static final int WIDTH = 600;
    private static final int ROW = 44;
    private static final int LABEL = 18;
    private static final int BAR = 16;
    private static final int VALUE_ROOM = 110;

    private SvgBarChart() {
    }

    public static String render(BarChart chart) {
        int height = Math.max(ROW, chart.bars().size() * ROW);
        StringBuilder svg = new StringBuilder(256 + chart.bars().size() * 300);
        svg.append("<svg class=\"bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(escape(chart.title()))
                .append("\" preserveAspectRatio=\"xMinYMin meet\"><title>").append(escape(chart.title())).append("</title>");
        double scale = chart.max() > 0 ? (WIDTH - VALUE_ROOM) / chart.max() : 0;
        int y = 0;
        for (BarChart.Bar bar : chart.bars()) {
            double length = Math.min(WIDTH - VALUE_ROOM, bar.value() * scale);
            svg.append("<text class=\"bar-label\" x=\"0\" y=\"").append(y + LABEL - 4).append("\">")
                    .append(escape(bar.label())).append("</text>")
                    .append("<rect class=\"bar\" x=\"0\" y=\"").append(y + LABEL).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", length)).append("\" height=\"").append(BAR).append("\"/>")
                    .append("<text class=\"bar-value\" x=\"").append(String.format(Locale.ROOT, "%.1f", length + 6))
                    .append("\" y=\"").append(y + LABEL + BAR - 3).append("\">").append(escape(bar.valueText())).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
