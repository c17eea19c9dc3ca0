package bd.udbhabon.document;

/**
 * Renders a {@link Document} as HTML, for review in the browser before it is issued: the same
 * order and look as the PDF, and printable (the browser's print gives A4 pages with the PDF's
 * margins, table headers repeated on every page, each annex on a new page). Every text is
 * HTML-escaped. Thread-safe; get one as a Spring bean.
 *
 * <p>The fonts are the PDF's (Noto Serif Bengali, Noto Sans for Latin), which the application
 * serves under {@value #FONT_PATH}; where they cannot be loaded the browser falls back to an
 * installed Bangla font (Nikosh, Noto Sans Bengali, SolaimanLipi), then to its serif font.
 */
public interface HtmlRenderer {

    /** Where the application serves the PDF's fonts, relative to its context path. */
    String FONT_PATH = "/document/fonts/";

    /**
     * The paper as one {@code <article class="udb-paper">}, its stylesheet (every rule under
     * {@code .udb-paper}) in a {@code <style>} at its start, to put into a page of the application
     * as it is. Pages whose Content-Security-Policy forbids inline styles link
     * {@code /document/paper.css} instead, the same rules.
     */
    String fragment(Document document);

    /** A complete HTML5 page ({@code lang="bn"}, styles inline) with the fonts under {@value #FONT_PATH}. */
    String page(Document document);

    /**
     * A complete page whose fonts are loaded from {@code fontBase}, e.g.
     * {@code "https://udbhabon.example.gov.bd/document/fonts/"} for a page saved to disk (the fonts
     * are served to any origin), or {@code "fonts/"} for a folder copied next to it.
     */
    String page(Document document, String fontBase);
}
