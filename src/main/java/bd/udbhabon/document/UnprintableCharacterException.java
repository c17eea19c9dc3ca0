package bd.udbhabon.document;

/**
 * A character none of the paper's fonts has (Tamil, an emoji): refused by the renderers before a
 * byte is written, naming it, so that a feature can tell the user which character to change.
 */
public final class UnprintableCharacterException extends IllegalArgumentException {

    private final int codePoint;
    private final String text;

    public UnprintableCharacterException(int codePoint, String text) {
        super(String.format("no font of the document has the character U+%04X %s (in \"%s\"); the fonts cover Bangla and Latin",
                codePoint, Character.getName(codePoint), text));
        this.codePoint = codePoint;
        this.text = text;
    }

    /** The character, e.g. U+0BA4. */
    public int codePoint() {
        return codePoint;
    }

    /** The piece of text it was found in. */
    public String text() {
        return text;
    }
}
