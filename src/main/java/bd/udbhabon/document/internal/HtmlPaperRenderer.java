package bd.udbhabon.document.internal;

import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.document.Align;
import bd.udbhabon.document.Annex;
import bd.udbhabon.document.BarChart;
import bd.udbhabon.document.Block;
import bd.udbhabon.document.CopyList;
import bd.udbhabon.document.Distribution;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.Heading;
import bd.udbhabon.document.HtmlRenderer;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.MemoLine;
import bd.udbhabon.document.NumberedList;
import bd.udbhabon.document.Orientation;
import bd.udbhabon.document.Paragraph;
import bd.udbhabon.document.Signature;
import bd.udbhabon.document.SvgBarChart;
import bd.udbhabon.document.Table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes the paper as HTML in the order of {@link Composer}: letterhead, memo line, title, subject,
 * body, signature (the memo line after it for minutes), distribution, copy list, closing signature,
 * annexes. Plain string building; holds only the stylesheet, so it is thread-safe.
 */
public final class HtmlPaperRenderer implements HtmlRenderer {

    /** Also served as it is at /document/paper.css, for pages whose CSP forbids inline styles. */
    private static final String STYLESHEET = "/static/document/paper.css";
    private static final String RELATIVE_FONTS = "url(\"fonts/";
    private static final String SUBJECT_LABEL = BanglaText.normalize("বিষয়:");

    private final String stylesheet;
    private final String styles;
    private final String fragmentStyle;

    /** @param contextPath the application's servlet context path ("" at the root) */
    public HtmlPaperRenderer(String contextPath) {
        stylesheet = read(STYLESHEET);
        styles = withFontBase(checkedBase(contextPath + FONT_PATH));
        fragmentStyle = "<style>\n" + styles + "</style>\n";
    }

    @Override
    public String fragment(Document document) {
        StringBuilder html = new StringBuilder(32 * 1024);
        article(document, fragmentStyle, html);
        return html.toString();
    }

    @Override
    public String page(Document document) {
        return standalone(document, styles);
    }

    @Override
    public String page(Document document, String fontBase) {
        return standalone(document, withFontBase(checkedBase(fontBase)));
    }

    private static String standalone(Document document, String css) {
        String orientation = document.orientation() == Orientation.LANDSCAPE ? "landscape" : "portrait";
        StringBuilder html = new StringBuilder(48 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"bn\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        escape(document.title() != null ? document.title() : document.letterhead().office(), html);
        html.append("</title>\n<style>\n")
                .append("@page { size: A4 ").append(orientation).append("; margin: 45pt 50pt 55pt 62pt; }\n")
                .append("html { background: #e4e7e5; }\nbody { margin: 24px 8px; }\n")
                .append("@media print { html { background: none; } body { margin: 0; } }\n")
                .append(css).append("</style>\n</head>\n<body>\n");
        article(document, "", html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void article(Document doc, String style, StringBuilder html) {
        html.append("<article class=\"udb-paper udb-")
                .append(doc.orientation() == Orientation.LANDSCAPE ? "landscape" : "portrait")
                .append("\" lang=\"bn\">\n").append(style);
        letterhead(doc.letterhead(), html);
        if (doc.memoLine() != null && !doc.memoAfterSignature()) {
            memoLine(doc.memoLine(), html);
        }
        if (doc.title() != null) {
            element("h1", "udb-title", doc.title(), html);
        }
        if (doc.subject() != null) {
            html.append("<p class=\"udb-subject\">").append(SUBJECT_LABEL).append(' ');
            escape(doc.subject(), html);
            html.append("</p>\n");
        }
        blocks(doc.body(), "h2", html);
        if (doc.signature() != null) {
            signature(doc.signature(), html);
        }
        if (doc.memoAfterSignature()) {
            memoLine(doc.memoLine(), html);
        }
        if (doc.distribution() != null) {
            distribution(doc.distribution(), html);
        }
        if (doc.copyList() != null) {
            copyList(doc.copyList(), html);
        }
        if (doc.closingSignature() != null) {
            signature(doc.closingSignature(), html);
        }
        for (Annex annex : doc.annexes()) {
            html.append("<section class=\"udb-annex\">\n");
            element("h2", "udb-annex-title", annex.title(), html);
            blocks(annex.blocks(), "h3", html);
            html.append("</section>\n");
        }
        html.append("</article>\n");
    }

    private static void letterhead(Letterhead head, StringBuilder html) {
        html.append("<header class=\"udb-letterhead\">\n");
        element("p", "udb-government", head.government(), html);
        for (String line : head.officeLines()) {
            element("p", "udb-office", line, html);
        }
        if (head.website() != null) {
            element("p", "udb-website", head.website(), html);
        }
        html.append("</header>\n");
    }

    private static void memoLine(MemoLine memo, StringBuilder html) {
        html.append("<div class=\"udb-memo\">\n");
        element("p", "udb-memo-number", memo.memoText(), html);
        html.append("<p class=\"udb-date\"><span class=\"udb-date-label\">");
        escape(MemoLine.DATE_LABEL.strip(), html);
        html.append("</span>\n<span class=\"udb-dates\">");
        List<String> dates = memo.dateLines();
        for (int i = 0; i < dates.size(); i++) {
            element("span", i == 0 ? "udb-bangla-date" : "udb-gregorian-date", dates.get(i), html);
        }
        html.append("</span></p>\n</div>\n");
    }

    private static void blocks(List<Block> blocks, String headingTag, StringBuilder html) {
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> element("p", "udb-block " + align(p.align()), p.text(), html);
                case Heading h -> element(headingTag, "udb-block udb-heading " + align(h.align()), h.text(), html);
                case NumberedList l -> list(l, "udb-block udb-list", html);
                case Table t -> table(t, html);
                case BarChart c -> html.append("<figure class=\"udb-block udb-chart\">").append(SvgBarChart.render(c)).append("</figure>\n");
            }
        }
    }

    private static String align(Align align) {
        return switch (align) {
            case LEFT -> "udb-left";
            case CENTER -> "udb-center";
            case RIGHT -> "udb-right";
            case JUSTIFIED -> "udb-justified";
        };
    }

    /** Serials are text, not list markers, so that copying gives "(১)" and it is in the paper's font. */
    private static void list(NumberedList list, String classes, StringBuilder html) {
        html.append("<ol class=\"").append(classes).append("\">\n");
        for (int i = 0; i < list.items().size(); i++) {
            html.append("<li>");
            element("span", "udb-serial", list.serial(i), html);
            element("span", "udb-item", list.items().get(i), html);
            html.append("</li>\n");
        }
        html.append("</ol>\n");
    }

    private static void table(Table table, StringBuilder html) {
        html.append("<table class=\"udb-block udb-table").append(table.ruled() ? " udb-ruled" : "").append("\">\n<colgroup>");
        double total = table.widths().stream().mapToDouble(Float::doubleValue).sum();
        for (float width : table.widths()) {
            // the width attribute, not a style attribute: allowed under a CSP without inline styles
            html.append("<col width=\"").append(String.format(Locale.ROOT, "%.3f%%", 100 * width / total)).append("\">");
        }
        html.append("</colgroup>\n");
        int headerRows = table.headerRows();
        if (headerRows > 0) {
            html.append("<thead>\n");
            rows(table, 0, headerRows, "th", html);
            html.append("</thead>\n");
        }
        int[] groupEnd = rowGroups(table);
        int n = table.rows().size();
        boolean plainOpen = false;
        for (int r = headerRows; r < n; ) {
            int end = r;
            for (int k = r; k <= end; k++) {
                end = Math.max(end, groupEnd[k]);
            }
            if (end > r) {
                // rows joined by a cell spanning them: their own tbody, kept on one page
                if (plainOpen) {
                    html.append("</tbody>\n");
                    plainOpen = false;
                }
                html.append("<tbody class=\"udb-rows-together\">\n");
                rows(table, r, end + 1, "td", html);
                html.append("</tbody>\n");
            } else {
                if (!plainOpen) {
                    html.append("<tbody>\n");
                    plainOpen = true;
                }
                rows(table, r, r + 1, "td", html);
            }
            r = end + 1;
        }
        if (plainOpen) {
            html.append("</tbody>\n");
        }
        html.append("</table>\n");
    }

    /** For each row, the last row that a cell starting in it spans down to. */
    private static int[] rowGroups(Table table) {
        int[] groupEnd = new int[table.rows().size()];
        for (int r = 0; r < groupEnd.length; r++) {
            groupEnd[r] = r;
            for (Table.Cell cell : table.rows().get(r).cells()) {
                groupEnd[r] = Math.max(groupEnd[r], r + cell.rowSpan() - 1);
            }
        }
        return groupEnd;
    }

    private static void rows(Table table, int from, int to, String cellTag, StringBuilder html) {
        for (int r = from; r < to; r++) {
            html.append("<tr>");
            for (Table.Cell cell : table.rows().get(r).cells()) {
                html.append('<').append(cellTag);
                if (cell.span() > 1) {
                    html.append(" colspan=\"").append(cell.span()).append('"');
                }
                if (cell.rowSpan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                html.append('>');
                for (String paragraph : cell.paragraphs()) {
                    if (!paragraph.isEmpty()) {
                        html.append("<p>");
                        escape(paragraph, html);
                        html.append("</p>");
                    }
                }
                html.append("</").append(cellTag).append(">\n");
            }
            html.append("</tr>\n");
        }
    }

    /** Right-hand column, lines centred, the name in bold, kept on one page. */
    private static void signature(Signature signature, StringBuilder html) {
        html.append("<div class=\"udb-signature\">\n");
        List<String> lines = signature.lines();
        for (int i = 0; i < lines.size(); i++) {
            element("p", i == 1 ? "udb-signatory" : "udb-signature-line", lines.get(i), html);
        }
        html.append("</div>\n");
    }

    private static void distribution(Distribution distribution, StringBuilder html) {
        html.append("<section class=\"udb-distribution\">\n");
        element("p", "udb-heading", distribution.heading(), html);
        list(distribution.list(), "udb-list", html);
        html.append("</section>\n");
    }

    private static void copyList(CopyList copies, StringBuilder html) {
        html.append("<section class=\"udb-copies\">\n");
        memoLine(copies.memoLine(), html);
        element("p", "udb-justified", copies.intro(), html);
        list(copies.list(), "udb-list", html);
        html.append("</section>\n");
    }

    private static void element(String tag, String classes, String text, StringBuilder html) {
        html.append('<').append(tag).append(" class=\"").append(classes).append("\">");
        escape(text, html);
        html.append("</").append(tag).append(">\n");
    }

    /** Escapes for text and for quoted attribute values alike. */
    static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }

    private String withFontBase(String base) {
        return stylesheet.replace(RELATIVE_FONTS, "url(\"" + base);
    }

    /**
     * The base goes into CSS {@code url("…")} inside a {@code <style>}: characters that could end
     * either are refused rather than escaped, a base never needs them.
     */
    private static String checkedBase(String base) {
        if (base == null || base.isEmpty() || base.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '\\'
                || c == '<' || c == '>' || c == '\'' || c == '(' || c == ')' || c == 0x7f)) {
            throw new IllegalArgumentException("not a usable font base: " + base);
        }
        return base.endsWith("/") ? base : base + "/";
    }

    private static String read(String resource) {
        try (InputStream in = HtmlPaperRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
