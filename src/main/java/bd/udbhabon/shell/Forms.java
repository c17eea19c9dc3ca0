package bd.udbhabon.shell;

import jakarta.validation.ConstraintViolation;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Forms bound by Spring ({@code @Valid @ModelAttribute} records, then a {@link BindingResult}): what
 * binding and Bean Validation found as {@link FormErrors}, the form as typed for showing it again,
 * and the one way to "save, or show the form again with its errors".
 */
public final class Forms {

    /** Said of a day that cannot be read when the form names no message of its own. */
    public static final String UNREADABLE_DATE = "form.error.date";

    private Forms() {
    }

    /**
     * The problems binding found: a value that could not be converted (a day that is none) under
     * {@code unreadable}'s key for its field ({@link #UNREADABLE_DATE} by default), a {@link FormText}
     * with {@link Inputs#text}'s message and figures, any other constraint under its message (a key).
     */
    public static FormErrors errors(BindingResult binding, Map<String, String> unreadable) {
        FormErrors errors = new FormErrors();
        for (FieldError error : binding.getFieldErrors()) {
            String field = error.getField();
            if (error.isBindingFailure()) {
                errors.add(field, unreadable.getOrDefault(field, UNREADABLE_DATE));
            } else if (error.contains(ConstraintViolation.class)
                    && error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAnnotation() instanceof FormText text) {
                Inputs.text(errors, field, (String) error.getRejectedValue(), text.max());
            } else {
                errors.add(field, error.getDefaultMessage());
            }
        }
        return errors;
    }

    public static FormErrors errors(BindingResult binding) {
        return errors(binding, Map.of());
    }

    /**
     * Every field of a bound record as the text to put back in the form: what was typed where it could
     * not be read, else the value (a day as yyyy-mm-dd); never null.
     */
    public static Map<String, String> typed(Record form, BindingResult binding) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent component : form.getClass().getRecordComponents()) {
            String field = component.getName();
            FieldError error = binding.getFieldError(field);
            Object value;
            if (error != null && error.isBindingFailure()) {
                value = error.getRejectedValue();
            } else {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true); // the forms' records are their web package's own
                    value = accessor.invoke(form);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + field + " of " + form.getClass().getSimpleName(), e);
                }
            }
            values.put(field, text(value));
        }
        return values;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case String[] many -> many.length == 0 ? "" : many[0];
            case LocalDate day -> day.toString();
            default -> value.toString();
        };
    }

    /**
     * For a form read as a map (numbered rows): each value with a character the documents cannot print is a
     * field error ({@code input.unprintable}), as {@link FormText} makes it on a bound record, so such a form
     * comes back as typed instead of {@link Inputs#clean} refusing the request.
     */
    public static FormErrors printable(Map<String, String> fields) {
        FormErrors errors = new FormErrors();
        fields.forEach((field, value) -> {
            String bad = Inputs.unprintable(value);
            if (bad != null) {
                errors.add(field, "input.unprintable", bad);
            }
        });
        return errors;
    }

    /**
     * Save, or show the form again with its errors: when binding found nothing, {@code save} runs and
     * its answer (a redirect) is returned; a {@link UserFacingException} naming fields (the service's
     * own checks) comes back to the form like binding's errors, any other goes on to the error page.
     */
    public static String saveOrShow(FormErrors errors, Supplier<String> save, Function<FormErrors, String> show) {
        if (!errors.any()) {
            try {
                return save.get();
            } catch (UserFacingException e) {
                if (e.fieldErrors() == null) {
                    throw e;
                }
                return show.apply(e.fieldErrors());
            }
        }
        return show.apply(errors);
    }
}
