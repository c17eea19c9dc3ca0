package bd.udbhabon.decision;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Implementing authorities as a page names them (issue 19, point 12). A decision keeps each owner's
 * Bangla label as the minutes printed it, for papers and Bangla pages; an English page names the
 * owner from what the label stands for: the office's English name, the post's English title with its
 * office's, "Deputy Commissioners (all), …" for every office of a level. The Bangla label stands in
 * where there is no English.
 *
 * @param english the English names by {@link Owner#key()}; empty on a Bangla page
 */
public record OwnerNames(Map<String, String> english) {

    /** For a Bangla page: every owner by the label the minutes printed. */
    public static final OwnerNames AS_PRINTED = new OwnerNames(Map.of());

    public OwnerNames {
        english = Map.copyOf(english);
    }

    public String name(Owner owner) {
        return english.getOrDefault(owner.key(), owner.labelBn());
    }

    /** The owners named, joined by {@code separator} (the register's one cell). */
    public String names(List<Owner> owners, String separator) {
        return owners.stream().map(this::name).collect(Collectors.joining(separator));
    }
}
