package bd.udbhabon.decision;

/**
 * An implementing authority a deciding office can name, as its forms offer them: the office itself,
 * one of its posts, an office directly below, or every office of a level below it. The form sends
 * back the owner's {@link Owner#key()}.
 */
public record OwnerChoice(String labelBn, String labelEn, Owner owner) {

    public OwnerChoice(String labelBn, Owner owner) {
        this(labelBn, null, owner);
    }

    /** The choice as the page's reader names it: the English post title or office name on an English page, when there is one. */
    public String label(boolean bangla) {
        return bangla || labelEn == null || labelEn.isBlank() ? labelBn : labelEn;
    }

    public String key() {
        return owner.key();
    }
}
