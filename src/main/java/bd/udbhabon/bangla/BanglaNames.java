package bd.udbhabon.bangla;

import java.time.DayOfWeek;
import java.time.Month;

/** Bangla names of weekdays and Gregorian months, as written in government papers (NFC). */
public final class BanglaNames {

    private static final String[] WEEKDAYS = BanglaText.nfc(
            "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার");

    private static final String[] GREGORIAN_MONTHS = BanglaText.nfc(
            "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
            "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর");

    private BanglaNames() {
    }

    /** রবিবার, সোমবার, মঙ্গলবার, বুধবার, বৃহস্পতিবার, শুক্রবার, শনিবার. */
    public static String weekday(DayOfWeek d) {
        return WEEKDAYS[d.ordinal()];
    }

    /** জানুয়ারি ... ডিসেম্বর. */
    public static String gregorianMonth(Month m) {
        return GREGORIAN_MONTHS[m.ordinal()];
    }
}
