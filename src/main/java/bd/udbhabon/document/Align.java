package bd.udbhabon.document;

/** Horizontal alignment of a block of text; widths are those of the shaped glyphs. */
public enum Align {
    LEFT, CENTER, RIGHT, JUSTIFIED
}
