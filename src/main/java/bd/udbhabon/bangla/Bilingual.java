package bd.udbhabon.bangla;

import java.util.Locale;

/**
 * Something named in Bangla and in English: a role, a status, a grade, an office level; records
 * with {@code nameBn}/{@code nameEn} components implement it by those accessors. Pages and papers
 * name it in the reader's language, Bangla unless English was chosen, and Bangla stands in for a
 * missing English name.
 */
public interface Bilingual {

    String nameBn();

    /** May be null for records (an officer without an English name); never for an enum's constant. */
    String nameEn();

    default String name(boolean bangla) {
        return bangla || nameEn() == null ? nameBn() : nameEn();
    }

    /** The name in this locale's language: English for {@code en}, Bangla for any other (and for null). */
    default String label(Locale locale) {
        return name(isBangla(locale));
    }

    /** The one language rule: English for {@code en}, Bangla for any other locale and for none. */
    static boolean isBangla(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }
}
