package bd.udbhabon.shell;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field, as message keys; the form is shown again
 * with what was typed and these messages beside the fields.
 */
public final class FormErrors {

    private record Message(String key, Object[] args) {
    }

    private final Map<String, Message> byField = new LinkedHashMap<>();

    public FormErrors add(String field, String messageKey, Object... args) {
        byField.putIfAbsent(field, new Message(messageKey, args));
        return this;
    }

    /** Every problem of {@code other}, its fields named with {@code prefix} before them ("rows[2]." + "weight"). */
    public FormErrors addAll(String prefix, FormErrors other) {
        other.byField.forEach((field, m) -> byField.putIfAbsent(prefix + field, m));
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field in the page's language, or an empty string. */
    public String message(Ui ui, String field) {
        Message m = byField.get(field);
        return m == null ? "" : ui.t(m.key(), m.args());
    }

    /** Every field's message, resolved by {@code texts} (key and arguments to text). */
    public Map<String, String> resolve(java.util.function.BiFunction<String, Object[], String> texts) {
        var resolved = new LinkedHashMap<String, String>();
        byField.forEach((field, m) -> resolved.put(field, texts.apply(m.key(), m.args())));
        return resolved;
    }

    public Iterable<String> fields() {
        return byField.keySet();
    }
}
