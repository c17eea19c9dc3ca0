package bd.udbhabon.shell.internal;

/**
 * The body of every API error: the status, a stable code for programs, a message for people, and the request's id
 * (the {@code X-Request-Id} the log lines carry) for a user to quote.
 */
record ApiError(int status, String error, String message, java.util.Map<String, String> fields, String requestId) {

    ApiError(int status, String error, String message, java.util.Map<String, String> fields) {
        this(status, error, message, fields, null);
    }

    ApiError(int status, String error, String message) {
        this(status, error, message, null, null);
    }

    ApiError withRequestId(String id) {
        return new ApiError(status, error, message, fields, id);
    }
}
