package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BanglaDigitsTest {

    @Test
    void toBanglaConvertsOnlyAsciiDigits() {
        assertThat(BanglaDigits.toBangla("0123456789")).isEqualTo("০১২৩৪৫৬৭৮৯");
        assertThat(BanglaDigits.toBangla("2023-24, ক্রমিক 7")).isEqualTo("২০২৩-২৪, ক্রমিক ৭");
        assertThat(BanglaDigits.toBangla("no digits")).isEqualTo("no digits");
        assertThat(BanglaDigits.toBangla("")).isEmpty();
        assertThat(BanglaDigits.toBangla((String) null)).isNull();
    }

    @Test
    void toBanglaOfLong() {
        assertThat(BanglaDigits.toBangla(0)).isEqualTo("০");
        assertThat(BanglaDigits.toBangla(1432)).isEqualTo("১৪৩২");
        assertThat(BanglaDigits.toBangla(-7)).isEqualTo("-৭");
        assertThat(BanglaDigits.toBangla(Long.MIN_VALUE)).isEqualTo("-৯২২৩৩৭২০৩৬৮৫৪৭৭৫৮০৮");
    }

    @Test
    void toLatinConvertsOnlyBanglaDigits() {
        assertThat(BanglaDigits.toLatin("০১২৩৪৫৬৭৮৯")).isEqualTo("0123456789");
        assertThat(BanglaDigits.toLatin("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭")).isEqualTo("04.00.0000.832.18.001.23-77");
        assertThat(BanglaDigits.toLatin("মিশ্র 12 ও ৩৪")).isEqualTo("মিশ্র 12 ও 34");
        assertThat(BanglaDigits.toLatin(null)).isNull();
    }

    @Test
    void roundTrip() {
        String s = "তারিখ: 06.11.2025, নম্বর 100";
        assertThat(BanglaDigits.toLatin(BanglaDigits.toBangla(s))).isEqualTo(s);
    }

    @Test
    void isDigitInEitherSystem() {
        for (char c = '0'; c <= '9'; c++) {
            assertThat(BanglaDigits.isDigit(c)).isTrue();
            assertThat(BanglaDigits.isBanglaDigit(c)).isFalse();
            assertThat(BanglaDigits.digitValue(c)).isEqualTo(c - '0');
        }
        for (char c = '০'; c <= '৯'; c++) {
            assertThat(BanglaDigits.isDigit(c)).isTrue();
            assertThat(BanglaDigits.isBanglaDigit(c)).isTrue();
            assertThat(BanglaDigits.digitValue(c)).isEqualTo(c - '০');
        }
        for (char c : new char[] {'a', 'ক', '।', '.', '/', '\u09E5', '\u09F0', '\u0660'}) {
            assertThat(BanglaDigits.isDigit(c)).as("%s", c).isFalse();
            assertThat(BanglaDigits.digitValue(c)).isEqualTo(-1);
        }
    }
}
