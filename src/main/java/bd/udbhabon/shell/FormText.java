package bd.udbhabon.shell;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A typed text that fits its column and that the documents can print: at most {@link #max} characters
 * once cleaned ({@link Inputs#text}), no character the bundled fonts lack. Refused, it is a field error
 * with {@link Inputs#text}'s own message ({@link Forms#errors}), and the form comes back as typed.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FormText.Check.class)
public @interface FormText {

    /** The column's length (the migration's); none given, only printability is checked (the service checks the length). */
    int max() default Integer.MAX_VALUE;

    String message() default "input.tooLong";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The same check as {@link Inputs#text}, so the message later given is the one it gives. */
    class Check implements ConstraintValidator<FormText, String> {

        private int max;

        @Override
        public void initialize(FormText annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            FormErrors found = new FormErrors();
            Inputs.text(found, "text", value, max);
            return !found.any();
        }
    }
}
