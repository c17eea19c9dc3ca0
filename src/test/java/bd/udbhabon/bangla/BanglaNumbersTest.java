package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BanglaNumbersTest {

    @Test
    void ordinalsAsMeetingsAreCounted() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(BanglaNumbers::ordinal).toList()).containsExactly(
                "১ম", "২য়", "৩য়", "৪র্থ", "৫ম", "৬ষ্ঠ", "৭ম", "৮ম", "৯ম", "১০ম", "১১তম", "১২তম");
        assertThat(BanglaNumbers.ordinal(21)).isEqualTo("২১তম");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BanglaNumbers.ordinal(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void integer() {
        assertThat(BanglaNumbers.integer(12345)).isEqualTo("১২৩৪৫");
        assertThat(BanglaNumbers.integer(0)).isEqualTo("০");
        assertThat(BanglaNumbers.integer(-42)).isEqualTo("-৪২");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, ০",
            "7, ৭",
            "999, ৯৯৯",
            "1000, '১,০০০'",
            "12345, '১২,৩৪৫'",
            "123456, '১,২৩,৪৫৬'",
            "1234567, '১২,৩৪,৫৬৭'",
            "12345678, '১,২৩,৪৫,৬৭৮'",
            "1000000000, '১,০০,০০,০০,০০০'",
            "-1234567, '-১২,৩৪,৫৬৭'",
            "-999, '-৯৯৯'",
    })
    void groupedInteger(long n, String expected) {
        assertThat(BanglaNumbers.groupedInteger(n)).isEqualTo(expected);
    }

    @Test
    void decimal() {
        assertThat(BanglaNumbers.decimal(new BigDecimal("97.76"))).isEqualTo("৯৭.৭৬");
        assertThat(BanglaNumbers.decimal(new BigDecimal("85.0"))).isEqualTo("৮৫.০");
        assertThat(BanglaNumbers.decimal(new BigDecimal("1E+3"))).isEqualTo("১০০০");
        assertThat(BanglaNumbers.decimal(new BigDecimal("0.6666"), 2)).isEqualTo("০.৬৭");
        assertThat(BanglaNumbers.decimal(new BigDecimal("-2.5"), 0)).isEqualTo("-৩");
        assertThat(BanglaNumbers.groupedDecimal(new BigDecimal("1234567.50"))).isEqualTo("১২,৩৪,৫৬৭.৫০");
        assertThat(BanglaNumbers.groupedDecimal(new BigDecimal("-1000"))).isEqualTo("-১,০০০");
    }

    @Test
    void percent() {
        assertThat(BanglaNumbers.percent(new BigDecimal("97.76"))).isEqualTo("৯৭.৭৬%"); // DOMAIN §4
        assertThat(BanglaNumbers.percent(new BigDecimal("100.00"))).isEqualTo("১০০%");
        assertThat(BanglaNumbers.percent(new BigDecimal("100"))).isEqualTo("১০০%");
        assertThat(BanglaNumbers.percent(new BigDecimal("99.87"))).isEqualTo("৯৯.৮৭%"); // seed 003
        assertThat(BanglaNumbers.percent(new BigDecimal("85.50"))).isEqualTo("৮৫.৫%");
        assertThat(BanglaNumbers.percent(new BigDecimal("0.00"))).isEqualTo("০%");
        assertThat(BanglaNumbers.percent(new BigDecimal("1E+2"))).isEqualTo("১০০%");
    }

    @Test
    void percentOfAWhole() {
        assertThat(BanglaNumbers.percent(6, 6, 2)).isEqualTo("১০০%"); // seed 003: 6 of 6 decisions
        assertThat(BanglaNumbers.percent(2, 3, 2)).isEqualTo("৬৬.৬৭%");
        assertThat(BanglaNumbers.percent(61, 63, 1)).isEqualTo("৯৬.৮%"); // seed 004: 61 of 63 running
        assertThat(BanglaNumbers.percent(0, 5, 2)).isEqualTo("০%");
        assertThatThrownBy(() -> BanglaNumbers.percent(1, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BanglaNumbers.percent(1, 2, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "৯৭.৭৬, 97.76",
            "97.76, 97.76",
            "'  ৮৫ ', 85",
            "-৫, -5",
            "+১.৫, 1.5",
            "'১২,৩৪,৫৬৭.৫০', 1234567.50",
            "'1,234,567', 1234567",
            "৯7.৭6, 97.76",
            "০.০০, 0.00",
    })
    void parseDecimal(String text, BigDecimal expected) {
        assertThat(BanglaNumbers.parseDecimal(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   ", "abc", "১২.", ".৫", "1.2.3", "১০০%", "1,,2", ",1", "1,", "১২ ৩৪", "-", "1e5",
            "১,২.৩,৪", "৫ টাকা"})
    void parseDecimalRejectsGarbage(String text) {
        assertThatThrownBy(() -> BanglaNumbers.parseDecimal(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void parseDecimalRejectsNull() {
        assertThatThrownBy(() -> BanglaNumbers.parseDecimal(null)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void formatAndParseRoundTrip() {
        for (String s : new String[] {"0", "97.76", "-12.5", "1234567.89", "0.001"}) {
            BigDecimal v = new BigDecimal(s);
            assertThat(BanglaNumbers.parseDecimal(BanglaNumbers.decimal(v))).isEqualTo(v);
            assertThat(BanglaNumbers.parseDecimal(BanglaNumbers.groupedDecimal(v))).isEqualTo(v);
        }
    }
}
