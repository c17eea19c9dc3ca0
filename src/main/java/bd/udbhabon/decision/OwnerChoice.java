package bd.udbhabon.decision;

/**
 * An implementing authority a deciding office can name, as its forms offer them: the office itself,
 * one of its posts, an office directly below, or every office of a level below it. The form sends
 * back the owner's {@link Owner#key()}.
 */
public record OwnerChoice(String labelBn, Owner owner) {

    public String key() {
        return owner.key();
    }
}
