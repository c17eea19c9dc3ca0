package bd.udbhabon.people;

import java.util.function.Function;

/** Reading an enum value as people type it in a form or a CSV cell. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, Function<E, String> nameBn, Function<E, String> nameEn) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = key(bd.udbhabon.bangla.BanglaText.normalize(value));
        for (E e : type.getEnumConstants()) {
            if (key.equals(key(e.name())) || key.equals(key(nameBn.apply(e))) || key.equals(key(nameEn.apply(e)))) {
                return e;
            }
        }
        return null;
    }

    /** Spaces collapsed, lower case: what two spellings of one choice have in common. */
    static String key(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
