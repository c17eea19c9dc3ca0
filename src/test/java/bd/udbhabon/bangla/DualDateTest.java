package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DualDateTest {

    @Test
    void seed000() {
        LocalDate d = LocalDate.of(2025, 11, 6);
        assertThat(DualDate.banglaLine(d)).isEqualTo("২১ কার্তিক ১৪৩২ বঙ্গাব্দ");
        assertThat(DualDate.gregorianLine(d)).isEqualTo("০৬ নভেম্বর ২০২৫ খ্রিস্টাব্দ");
        assertThat(DualDate.gregorianDate(d)).isEqualTo("০৬ নভেম্বর ২০২৫");
        assertThat(DualDate.lines(d)).containsExactly("২১ কার্তিক ১৪৩২ বঙ্গাব্দ", "০৬ নভেম্বর ২০২৫ খ্রিস্টাব্দ");
    }

    @Test
    void seed003IsPrintedExactlyLikeThis() {
        // seed 003: "৯ কার্তিক ১৪৩০ বঙ্গাব্দ" over "তারিখ: ২৫ অক্টোবর ২০২৩ খ্রিস্টাব্দ"
        LocalDate d = LocalDate.of(2023, 10, 25);
        assertThat(DualDate.lines(d)).containsExactly("৯ কার্তিক ১৪৩০ বঙ্গাব্দ", "২৫ অক্টোবর ২০২৩ খ্রিস্টাব্দ");
    }

    @Test
    void gregorianMonthsWithNukta() {
        // ফেব্রুয়ারি contains য়: NFC output compares equal to the seed text only after normalising the literal
        assertThat(DualDate.gregorianLine(LocalDate.of(2024, 2, 1)))
                .isEqualTo(BanglaText.normalize("০১ ফেব্রু\u09DFারি ২০২৪ খ্রিস্টাব্দ"));
        assertThat(DualDate.banglaLine(LocalDate.of(2024, 2, 1))).isEqualTo("১৮ মাঘ ১৪৩০ বঙ্গাব্দ");
    }
}
