package bd.udbhabon.people;

/** An officer as typed into a form, a JSON request or a CSV row, before it is checked; a null flag means false. */
public record OfficerDraft(String nameBn, String nameEn, String email, String phone, Boolean skillsDevelopment) {

    public static OfficerDraft of(Officer officer) {
        return new OfficerDraft(officer.nameBn(), officer.nameEn() == null ? "" : officer.nameEn(),
                officer.email() == null ? "" : officer.email(), officer.phone() == null ? "" : officer.phone(),
                officer.skillsDevelopment());
    }

    public static OfficerDraft empty() {
        return new OfficerDraft("", "", "", "", false);
    }
}
