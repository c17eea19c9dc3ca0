package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BanglaCalendarTest {

    /** The four dual dates printed on the seed documents (revised rules). */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "2025-11-06, ২১ কার্তিক ১৪৩২", // seed 000, Cabinet Division notification
            "2023-12-23, ৮ পৌষ ১৪৩০", // seed 001, Dinajpur office order
            "2023-10-25, ৯ কার্তিক ১৪৩০", // seed 003, Rajshahi minutes
            "2021-12-29, ১৪ পৌষ ১৪২৮", // seed 002, MoPA minutes
    })
    void seedPairs(LocalDate gregorian, String bangla) {
        assertThat(BanglaCalendar.toBangla(gregorian).format()).isEqualTo(bangla);
        BanglaDate d = BanglaCalendar.toBangla(gregorian);
        assertThat(BanglaCalendar.toGregorian(d.year(), d.month(), d.day())).isEqualTo(gregorian);
    }

    /**
     * Pairs derived from the rules and cross-checked against public statements.
     * Revised rules: month starts are fixed Gregorian dates: বৈশাখ 14 Apr, জ্যৈষ্ঠ 15 May, আষাঢ় 15 Jun,
     * শ্রাবণ 16 Jul, ভাদ্র 16 Aug, আশ্বিন 16 Sep, কার্তিক 17 Oct, অগ্রহায়ণ 16 Nov, পৌষ 16 Dec, মাঘ 15 Jan,
     * ফাল্গুন 14 Feb, চৈত্র 15 Mar. 1987 rules: the same up to আশ্বিন, then কার্তিক 16 Oct, অগ্রহায়ণ 15 Nov,
     * পৌষ 15 Dec, মাঘ 14 Jan, ফাল্গুন 13 Feb, চৈত্র 15 Mar.
     */
    @ParameterizedTest(name = "{0} = {1}/{2}/{3}")
    @CsvSource({
            // --- revised rules (from 1426) ---
            "2024-04-14, 1431, 1, 1", // পহেলা বৈশাখ is 14 April
            "2024-05-08, 1431, 1, 25", // Rabindra Jayanti ২৫ বৈশাখ = 8 May (bdnews24, 16 Oct 2019)
            "2024-05-25, 1431, 2, 11", // Nazrul Jayanti ১১ জ্যৈষ্ঠ = 25 May (bdnews24, 16 Oct 2019)
            "2019-10-16, 1426, 6, 31", // the first ৩১ আশ্বিন ever (daily-bangladesh, 17 Oct 2019)
            "2019-10-17, 1426, 7, 1", // "Kartik will start on Thursday" (bdnews24, 16 Oct 2019)
            "2019-11-16, 1426, 8, 1", // "আজ শনিবার পয়লা অগ্রহায়ণ" (Prothom Alo, Nov 2019)
            "2024-12-16, 1431, 9, 1", // Victory Day is ১ পৌষ under the revised rules (not ২ পৌষ)
            "2025-01-15, 1431, 10, 1", // ১ মাঘ = 16 Dec + 30 days
            "2020-02-14, 1426, 11, 1", // পহেলা ফাল্গুন moved to 14 February in 2020 (cni.news, 14 Feb 2020)
            "2025-02-21, 1431, 11, 8", // Ekushey February = ৮ ফাল্গুন, as in 1952
            "2024-03-14, 1430, 11, 30", // ফাল্গুন 1430 ends in leap 2024: 30 days
            "2025-03-14, 1431, 11, 29", // ফাল্গুন 1431 ends in common 2025: 29 days
            "2024-03-26, 1430, 12, 12", // Independence Day = ১২ চৈত্র (after a 30-day ফাল্গুন)
            "2025-03-26, 1431, 12, 12", // Independence Day = ১২ চৈত্র (after a 29-day ফাল্গুন)
            "2026-04-13, 1432, 12, 30", // last day of the year: চৈত্র has 30 days
            "2100-03-14, 1506, 11, 29", // 2100 is not a leap year: ফাল্গুন 1506 has 29 days
            "2100-12-31, 1507, 9, 16", // end of the required range: ১ পৌষ = 16 Dec
            // --- 1987 Bangla Academy rules (up to 1425) ---
            "1987-04-14, 1394, 1, 1", // the year the government adopted the rules
            "1990-01-01, 1396, 9, 18", // start of the required range: ১ পৌষ = 15 Dec, so 1 Jan = ১৮ পৌষ
            "2000-02-29, 1406, 11, 17", // ১ ফাল্গুন = 13 Feb in 2000 (leap, divisible by 400)
            "2016-03-14, 1422, 11, 31", // leap 2016: ফাল্গুন has 31 days
            "2017-03-14, 1423, 11, 30", // common 2017: ফাল্গুন has 30 days
            "2018-09-16, 1425, 6, 1", // ১ আশ্বিন after five 31-day months
            "2018-10-16, 1425, 7, 1", // ১ কার্তিক after a 30-day আশ্বিন (one day before the revised 17 Oct)
            "2018-12-16, 1425, 9, 2", // Victory Day was ২ পৌষ before the revision (bdnews24)
            "2019-02-13, 1425, 11, 1", // পহেলা ফাল্গুন was 13 February before the revision
            "2019-02-21, 1425, 11, 9", // "Feb 21 fell on Falgun 9 earlier this year" (bdnews24, Oct 2019)
            "2019-03-26, 1425, 12, 12", // both rule sets give ১ চৈত্র = 15 Mar
    })
    void knownPairs(LocalDate gregorian, int year, int month, int day) {
        assertThat(BanglaCalendar.toBangla(gregorian)).isEqualTo(new BanglaDate(year, month, day));
        assertThat(BanglaCalendar.toGregorian(year, month, day)).isEqualTo(gregorian);
    }

    @Test
    void weekdaysStatedInTheSourcesMatch() {
        assertThat(LocalDate.of(2019, 10, 17).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(LocalDate.of(2019, 11, 16).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void falgunHas29Or30DaysUnderTheRevisedRules() {
        assertThat(BanglaCalendar.lengthOfMonth(1430, 11)).isEqualTo(30); // ends March 2024, leap
        assertThat(BanglaCalendar.lengthOfMonth(1431, 11)).isEqualTo(29); // ends March 2025
        assertThat(BanglaCalendar.lengthOfMonth(1426, 11)).isEqualTo(30); // ends March 2020, leap
        assertThat(BanglaCalendar.lengthOfMonth(1506, 11)).isEqualTo(29); // 2100, not leap
        assertThat(BanglaCalendar.lengthOfMonth(1406 + 400, 11)).isEqualTo(30); // 2400, leap
    }

    @Test
    void falgunHas30Or31DaysUnderThe1987Rules() {
        assertThat(BanglaCalendar.lengthOfMonth(1422, 11)).isEqualTo(31); // 2016
        assertThat(BanglaCalendar.lengthOfMonth(1423, 11)).isEqualTo(30); // 2017
        assertThat(BanglaCalendar.lengthOfMonth(1406, 11)).isEqualTo(31); // 2000
        assertThat(BanglaCalendar.lengthOfMonth(1306, 11)).isEqualTo(30); // 1900, not leap
    }

    @Test
    void monthLengthsOfBothRuleSets() {
        int[] revised = new int[12];
        int[] old = new int[12];
        for (int m = 1; m <= 12; m++) {
            revised[m - 1] = BanglaCalendar.lengthOfMonth(1431, m);
            old[m - 1] = BanglaCalendar.lengthOfMonth(1423, m);
        }
        assertThat(revised).containsExactly(31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30);
        assertThat(old).containsExactly(31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30, 30);
        assertThat(BanglaCalendar.lengthOfYear(1431)).isEqualTo(365);
        assertThat(BanglaCalendar.lengthOfYear(1430)).isEqualTo(366);
        assertThat(BanglaCalendar.lengthOfYear(1422)).isEqualTo(366);
        assertThat(BanglaCalendar.isLeapYear(1430)).isTrue();
        assertThat(BanglaCalendar.isLeapYear(1431)).isFalse();
    }

    @ParameterizedTest(name = "new year {0}")
    @CsvSource({"1995", "2000", "2016", "2018", "2020", "2024", "2030", "2100"})
    void yearBoundaryIs13And14April(int gregorianYear) {
        int year = gregorianYear - 593;
        assertThat(BanglaCalendar.toBangla(LocalDate.of(gregorianYear, 4, 13)))
                .isEqualTo(new BanglaDate(year - 1, 12, 30));
        assertThat(BanglaCalendar.toBangla(LocalDate.of(gregorianYear, 4, 14)))
                .isEqualTo(new BanglaDate(year, 1, 1));
        assertThat(BanglaCalendar.toGregorian(year, 1, 1)).isEqualTo(LocalDate.of(gregorianYear, 4, 14));
        assertThat(BanglaCalendar.toGregorian(year - 1, 12, 30)).isEqualTo(LocalDate.of(gregorianYear, 4, 13));
    }

    @Test
    void switchOverFrom1987ToRevisedRules() {
        assertThat(BanglaCalendar.toBangla(LocalDate.of(2019, 4, 13))).isEqualTo(new BanglaDate(1425, 12, 30));
        assertThat(BanglaCalendar.toBangla(BanglaCalendar.REVISED_RULES_FROM)).isEqualTo(new BanglaDate(1426, 1, 1));
        assertThat(BanglaCalendar.toGregorian(1426, 1, 1)).isEqualTo(BanglaCalendar.REVISED_RULES_FROM);
        assertThat(BanglaCalendar.rules(1425)).isEqualTo(BanglaCalendar.Rules.BANGLA_ACADEMY_1987);
        assertThat(BanglaCalendar.rules(1426)).isEqualTo(BanglaCalendar.Rules.REVISED_2019);
        assertThat(BanglaCalendar.lengthOfMonth(1425, 6)).isEqualTo(30);
        assertThat(BanglaCalendar.lengthOfMonth(1426, 6)).isEqualTo(31);
        // 1425 (under the old rules) and 1426 (revised) are both 365 days: no gap, no overlap.
        assertThat(BanglaCalendar.toGregorian(1425, 1, 1)).isEqualTo(LocalDate.of(2018, 4, 14));
    }

    @Test
    void invalidInputNamesWhatIsWrong() {
        assertThatThrownBy(() -> BanglaCalendar.toGregorian(1431, 11, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("day 30 is not in ফাল্গুন 1431, which has 29 days");
        assertThatThrownBy(() -> BanglaCalendar.toGregorian(1425, 6, 31))
                .hasMessage("day 31 is not in আশ্বিন 1425, which has 30 days");
        assertThatThrownBy(() -> BanglaCalendar.toGregorian(1422, 11, 32))
                .hasMessage("day 32 is not in ফাল্গুন 1422, which has 31 days");
        assertThatThrownBy(() -> BanglaCalendar.toGregorian(1431, 1, 0))
                .hasMessage("day 0 is not in বৈশাখ 1431, which has 31 days");
        assertThatThrownBy(() -> BanglaCalendar.toGregorian(1431, 13, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("month 13 is out of range 1..12");
        assertThatThrownBy(() -> BanglaCalendar.toGregorian(1431, 0, 1))
                .hasMessage("month 0 is out of range 1..12");
        assertThatThrownBy(() -> BanglaCalendar.toGregorian(0, 1, 1))
                .hasMessage("year 0 is outside the supported range 1..9999");
        assertThatThrownBy(() -> BanglaCalendar.lengthOfMonth(1431, 13)).hasMessageContaining("month 13");
        assertThatThrownBy(() -> BanglaCalendar.monthName(0)).hasMessageContaining("month 0");
        assertThatThrownBy(() -> new BanglaDate(1430, 11, 31))
                .hasMessage("day 31 is not in ফাল্গুন 1430, which has 30 days");
    }

    @Test
    void supportedRangeEdges() {
        assertThat(BanglaCalendar.toBangla(LocalDate.of(594, 4, 14))).isEqualTo(new BanglaDate(1, 1, 1));
        assertThat(BanglaCalendar.toGregorian(9999, 12, 30)).isEqualTo(LocalDate.of(10593, 4, 13));
        assertThatThrownBy(() -> BanglaCalendar.toBangla(LocalDate.of(594, 4, 13)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the supported range");
        assertThatThrownBy(() -> BanglaCalendar.toBangla(LocalDate.of(10593, 4, 14)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every day of 1990-01-01..2100-12-31 against an independent day-by-day walk that only knows
     * the month lengths of the rules, plus the round trip back to the Gregorian date.
     */
    @Test
    void everyDayFrom1990To2100MatchesAnIndependentWalkAndRoundTrips() {
        int year = 1396;
        int month = 9;
        int day = 18; // 1990-01-01 = ১৮ পৌষ ১৩৯৬ (see knownPairs)
        int days = 0;
        for (LocalDate d = LocalDate.of(1990, 1, 1); !d.isAfter(LocalDate.of(2100, 12, 31)); d = d.plusDays(1)) {
            BanglaDate b = BanglaCalendar.toBangla(d);
            if (b.year() != year || b.month() != month || b.day() != day) {
                throw new AssertionError(d + " -> " + b + ", expected " + year + "/" + month + "/" + day);
            }
            if (!BanglaCalendar.toGregorian(b).equals(d)) {
                throw new AssertionError(b + " -> " + BanglaCalendar.toGregorian(b) + ", expected " + d);
            }
            // next day by the rules alone
            if (++day > oracleMonthLength(year, month)) {
                day = 1;
                if (++month > 12) {
                    month = 1;
                    year++;
                }
            }
            days++;
        }
        assertThat(days).isEqualTo(40542);
    }

    /** Every Bangla date of 1396..1507 maps to the next Gregorian day after its predecessor, and back. */
    @Test
    void everyBanglaDateFrom1396To1507RoundTrips() {
        LocalDate expected = LocalDate.of(1989, 4, 14);
        for (int year = 1396; year <= 1507; year++) {
            int total = 0;
            for (int month = 1; month <= 12; month++) {
                int length = BanglaCalendar.lengthOfMonth(year, month);
                assertThat(length).isEqualTo(oracleMonthLength(year, month));
                for (int day = 1; day <= length; day++) {
                    LocalDate g = BanglaCalendar.toGregorian(year, month, day);
                    if (!g.equals(expected)) {
                        throw new AssertionError(year + "/" + month + "/" + day + " -> " + g + ", expected " + expected);
                    }
                    BanglaDate back = BanglaCalendar.toBangla(g);
                    if (back.year() != year || back.month() != month || back.day() != day) {
                        throw new AssertionError(g + " -> " + back);
                    }
                    expected = expected.plusDays(1);
                }
                total += length;
            }
            assertThat(total).isEqualTo(BanglaCalendar.lengthOfYear(year));
        }
        assertThat(expected).isEqualTo(LocalDate.of(2101, 4, 14));
    }

    @Test
    void monthNames() {
        assertThat(BanglaCalendar.monthName(1)).isEqualTo("বৈশাখ");
        assertThat(BanglaCalendar.monthName(7)).isEqualTo("কার্তিক");
        assertThat(BanglaCalendar.monthName(12)).isEqualTo("চৈত্র");
        // আষাঢ় and অগ্রহায়ণ come out in NFC (nukta decomposed), whatever the input encoding.
        assertThat(BanglaCalendar.monthName(3)).isEqualTo("\u0986\u09B7\u09BE\u09A2\u09BC");
        assertThat(BanglaCalendar.monthName(8)).isEqualTo(BanglaText.normalize("অগ্রহা\u09DFণ"));
    }

    /** Month lengths written out independently of the production tables. */
    private static int oracleMonthLength(int year, int month) {
        boolean leap = Year.isLeap(year + 594L);
        if (year >= 1426) {
            int[] lengths = {31, 31, 31, 31, 31, 31, 30, 30, 30, 30, leap ? 30 : 29, 30};
            return lengths[month - 1];
        }
        int[] lengths = {31, 31, 31, 31, 31, 30, 30, 30, 30, 30, leap ? 31 : 30, 30};
        return lengths[month - 1];
    }
}
