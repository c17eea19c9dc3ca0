package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BanglaTextTest {

    private static final String YA_PRECOMPOSED = "\u09DF"; // য় as one code point
    private static final String YA_DECOMPOSED = "\u09AF\u09BC"; // য + nukta

    @Test
    void normalizeMakesBothTypingsOfYaEqual() {
        assertThat(YA_PRECOMPOSED).isNotEqualTo(YA_DECOMPOSED);
        assertThat(BanglaText.normalize(YA_PRECOMPOSED)).isEqualTo(BanglaText.normalize(YA_DECOMPOSED));
        // NFC keeps the nukta letters decomposed (U+09DF is a composition exclusion)
        assertThat(BanglaText.normalize(YA_PRECOMPOSED)).isEqualTo(YA_DECOMPOSED);
        assertThat(BanglaText.normalize("ময়মনসিংহ".replace(YA_DECOMPOSED, YA_PRECOMPOSED)))
                .isEqualTo(BanglaText.normalize("ময" + "\u09BC" + "মনসিংহ"));
        // ো typed as ে + া becomes the single code point U+09CB
        assertThat(BanglaText.normalize("\u0995\u09C7\u09BE")).isEqualTo("\u0995\u09CB");
    }

    @Test
    void normalizeOnlyNormalizes() {
        assertThat(BanglaText.normalize(null)).isNull();
        assertThat(BanglaText.normalize(" ঢাকা ")).isEqualTo(" ঢাকা ");
        assertThat(BanglaText.normalize("12")).isEqualTo("12");
        String already = "কার্তিক";
        assertThat(BanglaText.normalize(already)).isSameAs(already);
    }

    @Test
    void collatorSortsDivisionsInBanglaAlphabeticalOrder() {
        // names as in shared/data/geo/divisions.csv (ময়মনসিংহ there has the precomposed য়)
        List<String> divisions = new ArrayList<>(List.of("ঢাকা", "চট্টগ্রাম", "খুলনা", "বরিশাল", "রাজশাহী", "সিলেট",
                "রংপুর", "ম" + YA_PRECOMPOSED + "মনসিংহ"));
        divisions.sort(BanglaText.collator());
        assertThat(divisions).containsExactly("খুলনা", "চট্টগ্রাম", "ঢাকা", "বরিশাল", "ম" + YA_PRECOMPOSED + "মনসিংহ",
                "রংপুর", "রাজশাহী", "সিলেট");
    }

    @Test
    void collatorOrdersVowelsBeforeConsonantsAndIgnoresEncoding() {
        Comparator<String> c = BanglaText.collator();
        assertThat(c.compare("অ", "আ")).isNegative();
        assertThat(c.compare("ঔ", "ক")).isNegative();
        assertThat(c.compare("ক", "হ")).isNegative();
        assertThat(c.compare("কলম", "খাতা")).isNegative();
        assertThat(c.compare("ময়না", "ম" + YA_PRECOMPOSED + "না")).isZero();
        assertThat(c.compare(YA_PRECOMPOSED, YA_DECOMPOSED)).isZero();
    }

    @Test
    void collatorIsThreadSafe() {
        List<String> words = IntStream.range(0, 20_000)
                .mapToObj(i -> SerialStyle.letters(1 + (i * 7919) % 5000) + "া" + SerialStyle.letters(1 + i % 32))
                .toList();
        List<String> sequential = new ArrayList<>(words);
        sequential.sort(BanglaText.collator());
        for (int run = 0; run < 3; run++) {
            List<String> parallel = words.parallelStream().sorted(BanglaText.collator()).toList();
            assertThat(parallel).isEqualTo(sequential);
        }
    }

    @Test
    void sortKeysOrderLikeTheCollator() {
        List<String> words = new ArrayList<>(List.of("সিলেট", "ঢাকা", "রংপুর", "রাজশাহী", "খুলনা", "অ", "আম", "ক", "কক"));
        List<String> byKey = new ArrayList<>(words);
        byKey.sort(Comparator.comparing(BanglaText::sortKeyHex));
        words.sort(BanglaText.collator());
        assertThat(byKey).isEqualTo(words);
        assertThat(BanglaText.sortKeyHex(YA_PRECOMPOSED)).isEqualTo(BanglaText.sortKeyHex(YA_DECOMPOSED));
        assertThat(BanglaText.sortKeyHex("ক")).matches("[0-9a-f]+");
        assertThat(BanglaText.sortKeyHex("ক").compareTo(BanglaText.sortKeyHex("কক"))).isNegative();
    }

    /** Everything the module writes is NFC, so it compares equal to normalised user input. */
    @Test
    void everythingTheModuleEmitsIsNfc() {
        List<String> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(BanglaCalendar.monthName(m));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            out.add(BanglaNames.weekday(d));
        }
        for (Month m : Month.values()) {
            out.add(BanglaNames.gregorianMonth(m));
        }
        out.addAll(BanglaTime.PERIOD_WORDS);
        for (int minute = 0; minute < 24 * 60; minute += 15) {
            out.add(BanglaTime.ofDay(LocalTime.of(minute / 60, minute % 60)));
        }
        for (MemoPattern p : MemoPattern.values()) {
            for (int g = 1; g <= p.groupCount() + 2; g++) {
                out.add(p.banglaGroupName(g));
            }
        }
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(7)) {
            out.addAll(DualDate.lines(d));
        }
        out.add(BanglaDate.ERA);
        out.add(DualDate.GREGORIAN_ERA);
        for (String s : out) {
            assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as(s).isTrue();
        }
        assertThat(Collections.frequency(out, null)).isZero();
    }
}
