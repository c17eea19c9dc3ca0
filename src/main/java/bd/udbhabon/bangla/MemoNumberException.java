package bd.udbhabon.bangla;

/**
 * A memo or file number that does not fit its pattern. {@link #getMessage()} is English,
 * {@link #banglaMessage()} Bangla; both name the group that is wrong.
 *
 * <p>{@link #group()} is the 1-based group ({@link MemoPattern#groupName(int)} numbering: the fixed
 * groups, then the serial, then the endorsement), or 0 when the number as a whole is wrong
 * (empty, wrong number of groups).
 */
public class MemoNumberException extends IllegalArgumentException {

    private final String banglaMessage;
    private final int group;

    public MemoNumberException(String message, String banglaMessage, int group) {
        super(message);
        this.banglaMessage = banglaMessage;
        this.group = group;
    }

    /** The message in Bangla, for the user. */
    public String banglaMessage() {
        return banglaMessage;
    }

    /** The 1-based group that is wrong, or 0 when the whole number is. */
    public int group() {
        return group;
    }
}
