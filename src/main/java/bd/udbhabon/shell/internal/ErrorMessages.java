package bd.udbhabon.shell.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.database.DatabaseUnavailable;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.storage.StoredFileDamaged;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns any failure into what the user may see: a status and a message in their language.
 * Unexpected failures are logged in full here and reach the user only as a generic message.
 */
@Component
class ErrorMessages {

    private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);
    private final MessageSource messages;

    ErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    ApiError describe(Throwable failure, Locale locale) {
        return switch (failure) {
            case UserFacingException e when e.fieldErrors() != null -> new ApiError(400, "invalid",
                    messages.getMessage(e.messageKey(), null, e.messageKey(), locale),
                    e.fieldErrors().resolve((key, args) -> messages.getMessage(key, args, key, locale)));
            case UserFacingException e -> error(e.status(), locale, e.messageKey(), e.args());
            case MethodArgumentTypeMismatchException e -> error(400, locale, "error.parameter.invalid", e.getName());
            case TypeMismatchException e -> error(400, locale, "error.parameter.invalid", e.getPropertyName());
            case MissingServletRequestParameterException e ->
                    error(400, locale, "error.parameter.missing", e.getParameterName());
            case NoResourceFoundException e -> error(404, locale, "error.notFound");
            case org.springframework.web.multipart.MaxUploadSizeExceededException e -> tooLarge(e, locale);
            case org.springframework.web.multipart.MultipartException e when tooLarge(e) -> tooLarge(e, locale);
            case org.springframework.web.multipart.MultipartException e -> error(400, locale, "error.formUnreadable");
            // the container could not read the form: over a size limit (413) or malformed (400)
            case InvalidParameterException e -> tooLarge(e) ? tooLarge(e, locale) : error(400, locale, "error.formUnreadable");
            case DataAccessException e when refusedValue(e) != null -> refused(refusedValue(e), locale);
            case HttpRequestMethodNotSupportedException e -> error(405, locale, "error.methodNotAllowed");
            case HttpMediaTypeNotSupportedException e -> error(415, locale, "error.badRequest");
            case org.springframework.http.converter.HttpMessageNotReadableException e ->
                    error(400, locale, "error.badRequest");
            case Exception e when damagedFile(e) != null -> {
                StoredFileDamaged damaged = damagedFile(e);
                // the user hears only that the file is damaged; the log (watched by the administrators) says which and why
                log.error("A stored file could not be given back (file id {}): {}", damaged.fileId(), damaged.getMessage(), damaged.getCause());
                yield new ApiError(500, "file_damaged", messages.getMessage("error.fileDamaged", null, locale));
            }
            case Exception e when DatabaseUnavailable.causedBy(e) -> {
                log.warn("The database is unreachable", e); // bounded by the database module's outage log
                yield error(503, locale, "error.databaseUnavailable");
            }
            default -> {
                log.error("Unexpected failure", failure);
                yield error(500, locale, "error.internal");
            }
        };
    }

    private static StoredFileDamaged damagedFile(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof StoredFileDamaged damaged) {
                return damaged;
            }
        }
        return null;
    }

    /** Whether a size limit of the container refused the request (a file, the whole form). */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException p && p.getErrorCode() == 413
                    || t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                    || t instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException) {
                return true;
            }
        }
        return false;
    }

    private ApiError tooLarge(Throwable failure, Locale locale) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FileSizeLimitExceededException) {
                return error(413, locale, "error.tooLarge");
            }
            if (t instanceof org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException) {
                return error(413, locale, "error.tooManyFields", RequestLimits.MAX_FIELDS);
            }
        }
        return error(413, locale, "error.tooLarge.form");
    }

    /**
     * A value the database refused: a length or value check, a character it cannot store (NUL), a
     * value too long for an index. Validation should have caught it; this is the last line, so the user
     * still hears which field (from the check's name, {@code meeting_title_bn_check} is {@code title}).
     */
    private static PSQLException refusedValue(DataAccessException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && p.getSQLState() != null && switch (p.getSQLState()) {
                case "23514", "22001", "22021", "22P05", "54000" -> true;
                default -> false;
            }) {
                return p;
            }
        }
        return null;
    }

    private ApiError refused(PSQLException failure, Locale locale) {
        var server = failure.getServerErrorMessage();
        String constraint = server == null ? null : server.getConstraint();
        String table = server == null ? null : server.getTable();
        log.warn("A value the checks let through was refused by the database: {} {}", failure.getSQLState(),
                constraint != null ? constraint : "");
        if (constraint != null && table != null && constraint.startsWith(table + "_") && constraint.endsWith("_check")
                && constraint.length() > table.length() + 7) {
            String column = constraint.substring(table.length() + 1, constraint.length() - "_check".length());
            String field = fieldName(column.replaceFirst("_bn$", ""));
            String message = messages.getMessage("input.rejected", null, locale);
            return new ApiError(400, "invalid", messages.getMessage("form.hasErrors.api", null, locale),
                    java.util.Map.of(field, message));
        }
        return error(400, locale, "22021".equals(failure.getSQLState()) || "22P05".equals(failure.getSQLState())
                ? "input.unprintable.unknown" : "input.rejected");
    }

    /** {@code chair_name} as the forms and the API name it: {@code chairName}. */
    static String fieldName(String column) {
        var out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    ApiError forStatus(int status, Locale locale) {
        String key = switch (status) {
            case 400 -> "error.badRequest";
            case 413 -> "error.tooLarge.form";
            case 401 -> "error.unauthorized";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            default -> "error.internal";
        };
        return error(status, locale, key);
    }

    private ApiError error(int status, Locale locale, String key, Object... args) {
        Object[] shown = args.clone();
        if (Ui.isBangla(locale)) { // numbers in a Bangla message are written in Bangla digits
            for (int i = 0; i < shown.length; i++) {
                if (numeric(shown[i])) {
                    shown[i] = BanglaDigits.toBangla(String.valueOf(shown[i]));
                }
            }
        }
        return new ApiError(status, code(status), messages.getMessage(key, shown, key, locale));
    }

    /** A number or a memo-number-like text; not a file name ("report2.pdf") nor a nested message. */
    private static boolean numeric(Object arg) {
        return arg instanceof Number || arg instanceof CharSequence text && text.codePoints().noneMatch(Character::isLetter);
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }
}
