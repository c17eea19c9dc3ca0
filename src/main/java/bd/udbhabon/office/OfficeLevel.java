package bd.udbhabon.office;

import bd.udbhabon.bangla.Bilingual;

/** The tier an office sits in. Order is from the top of the administrative hierarchy down. */
public enum OfficeLevel implements Bilingual {
    CABINET_DIVISION("মন্ত্রিপরিষদ বিভাগ", "Cabinet Division"),
    MINISTRY("মন্ত্রণালয়/বিভাগ", "Ministry/Division"),
    DIRECTORATE("অধিদপ্তর/সংস্থা", "Directorate/Agency"),
    DIVISION("বিভাগীয় কমিশনারের কার্যালয়", "Divisional Commissioner's Office"),
    DISTRICT("জেলা প্রশাসকের কার্যালয়", "Deputy Commissioner's Office"),
    UPAZILA("উপজেলা নির্বাহী অফিসারের কার্যালয়", "Upazila Nirbahi Officer's Office"),
    OTHER("অন্যান্য দপ্তর", "Other office");

    private final String nameBn;
    private final String nameEn;

    OfficeLevel(String nameBn, String nameEn) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
    }

    @Override
    public String nameBn() {
        return nameBn;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    /** Parses a level name as given in a URL or API call, case-insensitively; null if blank. */
    public static OfficeLevel parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return OfficeLevel.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
