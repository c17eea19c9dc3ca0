package bd.udbhabon.shell.internal;

/** The body of every API error: the status, a stable code for programs, a message for people. */
record ApiError(int status, String error, String message, java.util.Map<String, String> fields) {

    ApiError(int status, String error, String message) {
        this(status, error, message, null);
    }
}
