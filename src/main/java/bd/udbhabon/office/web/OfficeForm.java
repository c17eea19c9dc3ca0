package bd.udbhabon.office.web;

import bd.udbhabon.office.OfficeDraft;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The office form as bound, under the import file's column names (also the registry's error keys):
 * {@code name_bn}, {@code admin_parent}, …; the registry checks every value, as it checks an imported row.
 */
record OfficeForm(String level, @BindParam("name_bn") String nameBn, @BindParam("name_en") String nameEn,
                  @BindParam("place_bn") String placeBn, @BindParam("place_en") String placeEn,
                  @BindParam("admin_parent") String adminParent, @BindParam("line_parent") String lineParent,
                  String website, String email, @BindParam("memo_code") String memoCode, String fax) {

    /** The draft for the registry: what was not sent is empty, as a missing column. */
    OfficeDraft draft() {
        return new OfficeDraft(nz(level), nz(nameBn), nz(nameEn), nz(placeBn), nz(placeEn), nz(adminParent), nz(lineParent),
                nz(website), nz(email), nz(memoCode), nz(fax));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
