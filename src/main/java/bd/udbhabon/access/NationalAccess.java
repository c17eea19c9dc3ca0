package bd.udbhabon.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller needs {@link #value()} nationally: a national role, or the permission held at the
 * Cabinet Division, the top of both hierarchies. For what spans every office, such as verifying
 * the whole audit chain.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NationalAccess {

    Permission value();
}
