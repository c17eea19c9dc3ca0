package bd.udbhabon.office;

import bd.udbhabon.bangla.Bilingual;

/**
 * One office, as other modules see it.
 *
 * @param placeBn the district or upazila a field office serves ({@code দিনাজপুর}); null for others
 * @param memoCode the leading groups of the office's memo numbers ({@code 05.55.2700}), when known
 * @param fax the fax number its papers print under the signature, Latin digits; null when unknown
 */
public record Office(
        long id,
        OfficeLevel level,
        String nameBn,
        String nameEn,
        String placeBn,
        String placeEn,
        Long adminParentId,
        Long lineParentId,
        String website,
        String email,
        String memoCode,
        int childCount,
        String fax) implements Bilingual {

    public String place(boolean bangla) {
        String place = bangla ? placeBn : placeEn;
        return place != null ? place : name(bangla);
    }
}
