package bd.udbhabon.document;

import bd.udbhabon.document.internal.FontSet;
import bd.udbhabon.document.internal.OpenPdfRenderer;

/** One renderer with the bundled fonts for all document tests (loading fonts takes a while). */
final class Renderers {

    static final PdfRenderer PDF = new OpenPdfRenderer(FontSet.bundled());

    private Renderers() {
    }
}
