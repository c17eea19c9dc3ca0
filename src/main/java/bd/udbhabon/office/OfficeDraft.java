package bd.udbhabon.office;

/**
 * An office as typed into a form or a CSV row, before it is checked. Parents are given as office
 * ids, or for CSV rows also as reference keys ({@code geo:district:54}).
 */
public record OfficeDraft(String level, String nameBn, String nameEn, String placeBn, String placeEn,
                          String adminParent, String lineParent, String website, String email, String memoCode, String fax) {

    /** The columns of an import file, which are also the form's field names. */
    public static final java.util.List<String> COLUMNS = java.util.List.of("level", "name_bn", "name_en", "place_bn",
            "place_en", "admin_parent", "line_parent", "website", "email", "memo_code", "fax");

    /** A draft from values named by the CSV columns (also the form's field names); missing ones are empty. */
    public static OfficeDraft fromColumns(java.util.function.Function<String, String> column) {
        java.util.function.Function<String, String> get = name -> nullToEmpty(column.apply(name));
        return new OfficeDraft(get.apply("level"), get.apply("name_bn"), get.apply("name_en"), get.apply("place_bn"),
                get.apply("place_en"), get.apply("admin_parent"), get.apply("line_parent"), get.apply("website"),
                get.apply("email"), get.apply("memo_code"), get.apply("fax"));
    }

    public OfficeDraft withAdminParent(String parent) {
        return new OfficeDraft(level, nameBn, nameEn, placeBn, placeEn, parent, lineParent, website, email, memoCode, fax);
    }

    public static OfficeDraft of(Office office) {
        return new OfficeDraft(office.level().name(), office.nameBn(), office.nameEn(), nullToEmpty(office.placeBn()),
                nullToEmpty(office.placeEn()), office.adminParentId() == null ? "" : office.adminParentId().toString(),
                office.lineParentId() == null ? "" : office.lineParentId().toString(), nullToEmpty(office.website()),
                nullToEmpty(office.email()), nullToEmpty(office.memoCode()), nullToEmpty(office.fax()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
