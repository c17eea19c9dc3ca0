package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BanglaNamesTest {

    @Test
    void weekdays() {
        assertThat(Arrays.stream(DayOfWeek.values()).map(BanglaNames::weekday)).containsExactly(
                "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার");
        assertThat(BanglaNames.weekday(LocalDate.of(2025, 11, 6).getDayOfWeek())).isEqualTo("বৃহস্পতিবার");
    }

    @Test
    void gregorianMonths() {
        assertThat(Arrays.stream(Month.values()).map(BanglaNames::gregorianMonth)).containsExactly(
                BanglaText.nfc("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
                        "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"));
        // the seeds write these months exactly so
        assertThat(BanglaNames.gregorianMonth(Month.NOVEMBER)).isEqualTo("নভেম্বর");
        assertThat(BanglaNames.gregorianMonth(Month.DECEMBER)).isEqualTo("ডিসেম্বর");
        assertThat(BanglaNames.gregorianMonth(Month.OCTOBER)).isEqualTo("অক্টোবর");
        assertThat(BanglaNames.gregorianMonth(Month.JANUARY)).isEqualTo("জানু\u09AF\u09BCারি");
    }
}
