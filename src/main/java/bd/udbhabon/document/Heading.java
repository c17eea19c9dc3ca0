package bd.udbhabon.document;

/** A bold line of its own, e.g. "ইনোভেশন টিমের কার্যপরিধি:". */
public record Heading(String text, Align align) implements Block {

    public Heading {
        text = Texts.clean(text, "heading");
        align = align == null ? Align.LEFT : align;
    }

    public Heading(String text) {
        this(text, Align.LEFT);
    }
}
