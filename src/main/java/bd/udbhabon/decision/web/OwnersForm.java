package bd.udbhabon.decision.web;

import java.util.List;
import java.util.Objects;

/**
 * New implementing authorities as bound: rows named {@code owners[0].key} (a choice's key, blank for none)
 * and {@code owners[0].label} (the words to print, blank for the choice's own).
 */
record OwnersForm(List<Row> owners) {

    /** More rows than the form ever offers are not read. */
    static final int MAX_ROWS = 30;

    OwnersForm {
        owners = owners == null ? List.of() : owners.stream().filter(Objects::nonNull).limit(MAX_ROWS).toList();
    }

    record Row(String key, String label) {
        Row {
            key = key == null ? "" : key;
            label = label == null ? "" : label.strip();
        }
    }
}
