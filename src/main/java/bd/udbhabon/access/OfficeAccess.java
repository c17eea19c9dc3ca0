package bd.udbhabon.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller needs {@link #value()} on the office named by the path variable or request parameter
 * {@link #office()}. Checked on the server before the handler runs, against the caller's roles and
 * the office hierarchy.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OfficeAccess {

    Permission value();

    /** Name of the path variable or request parameter holding the office id. */
    String office() default "officeId";
}
