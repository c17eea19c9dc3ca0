package bd.udbhabon.document;

/** A4 portrait (letters, orders) or landscape (wide tables, attendance sheets). */
public enum Orientation {
    PORTRAIT, LANDSCAPE
}
