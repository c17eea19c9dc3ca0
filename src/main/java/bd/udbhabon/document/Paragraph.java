package bd.udbhabon.document;

/** Running text, wrapped at spaces; justified unless told otherwise. */
public record Paragraph(String text, Align align) implements Block {

    public Paragraph {
        text = Texts.clean(text, "paragraph");
        align = align == null ? Align.JUSTIFIED : align;
    }

    public Paragraph(String text) {
        this(text, Align.JUSTIFIED);
    }
}
