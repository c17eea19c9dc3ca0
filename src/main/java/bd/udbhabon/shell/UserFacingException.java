package bd.udbhabon.shell;

/**
 * A failure the user must be told about in their own language: the HTTP status, and a message
 * key (with arguments) that says what was wrong. Anything else that escapes a controller is an
 * internal error and reaches the user only as a generic message.
 */
public class UserFacingException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] args;
    private final transient FormErrors fieldErrors;

    public UserFacingException(int status, String messageKey, Object... args) {
        this(status, messageKey, null, args);
    }

    private UserFacingException(int status, String messageKey, FormErrors fieldErrors, Object... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldErrors = fieldErrors;
    }

    /** Input that fails its checks, field by field (400); the API answers with every field's message. */
    public static UserFacingException invalid(FormErrors errors) {
        return new UserFacingException(400, "form.hasErrors.api", errors);
    }

    /** The per-field problems, when the input failed its checks; else null. */
    public FormErrors fieldErrors() {
        return fieldErrors;
    }

    public static UserFacingException badRequest(String messageKey, Object... args) {
        return new UserFacingException(400, messageKey, args);
    }

    public static UserFacingException notFound(String messageKey, Object... args) {
        return new UserFacingException(404, messageKey, args);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
