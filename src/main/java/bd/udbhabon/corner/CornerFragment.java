package bd.udbhabon.corner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A section of the corner as its module renders it: the name of one of that module's templates
 * (as a view name, {@code "team/corner-section"}) and its parameters. The corner adds {@code ui},
 * {@code office} and {@code today}; a parameter may be null.
 */
public record CornerFragment(String template, Map<String, Object> params) {

    public CornerFragment {
        Objects.requireNonNull(template);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A fragment from its template and alternating parameter names and values. */
    public static CornerFragment of(String template, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new CornerFragment(template, params);
    }
}
