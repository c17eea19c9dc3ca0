package bd.udbhabon.people;

import bd.udbhabon.bangla.Bilingual;

/**
 * A person on an office's list. The designation is not here: it is the post the officer holds
 * on a given day ({@link PeopleDirectory#holderOn}).
 *
 * @param nameEn            may be null; {@link #name(boolean)} falls back to the Bangla name
 * @param email             lower case, or null
 * @param phone             as given, with Latin digits, or null
 * @param skillsDevelopment able to develop skills (দক্ষতা উন্নয়নে সক্ষম), a quality of the person
 * @param officeId          the office that keeps the record
 */
public record Officer(long id, String nameBn, String nameEn, String email, String phone, boolean skillsDevelopment,
                      long officeId) implements Bilingual {
}
