package bd.udbhabon.people;

import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.bangla.Bilingual;

/** Reading an enum value as people type it in a form or a CSV cell. */
final class Choices {

    private Choices() {
    }

    /** The constant whose name, Bangla name or English name this is, in any case and spacing; null if blank or none. */
    static <E extends Enum<E> & Bilingual> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = key(BanglaText.normalize(value));
        for (E e : type.getEnumConstants()) {
            if (key.equals(key(e.name())) || key.equals(key(e.nameBn())) || key.equals(key(e.nameEn()))) {
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
