package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemoNumberTest {

    /** Every memo number printed in the seed documents, as printed. */
    static final List<String> SEED_MEMOS = List.of(
            "০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১০০", // seed 000, Cabinet Division notification
            "০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭", // seed 000 and 001, the 2023 notification ('-' before the serial)
            "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯", // seed 001, Dinajpur office order
            "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)", // seed 001, its copy list (7 copies)
            "০৫.০০.০০০০.১৯৭.০১.০০৮.১১.১৩৩", // seed 002, MoPA minutes
            "০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮", // seed 003, Rajshahi divisional minutes
            "৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩-০৫"); // seed 004, MoWCA minutes

    static final String MEMO_2024 = "১৫.০৬.২৬৯২.০০১.০০৫.০৩.০০০১.২৪.১২";

    @ParameterizedTest
    @ValueSource(strings = {
            "০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১০০",
            "০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭",
            "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯",
            "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)",
            "০৫.০০.০০০০.১৯৭.০১.০০৮.১১.১৩৩",
            "০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮",
            "৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩-০৫"})
    void seedMemoNumbersRoundTripInBothDigitSystems(String printed) {
        MemoNumber m = MemoNumber.parse(printed);
        assertThat(m.pattern()).isEqualTo(MemoPattern.SECRETARIAT_2014);
        assertThat(m.format()).isEqualTo(printed);
        assertThat(m.formatLatin()).isEqualTo(BanglaDigits.toLatin(printed));
        MemoNumber fromLatin = MemoNumber.parse(BanglaDigits.toLatin(printed));
        assertThat(fromLatin).isEqualTo(m);
        assertThat(fromLatin.format()).isEqualTo(printed);
    }

    @Test
    void parameterListAboveIsTheSeedList() {
        // keeps the @ValueSource and SEED_MEMOS in step
        assertThat(SEED_MEMOS).hasSize(7).allSatisfy(s -> assertThat(MemoNumber.parse(s).format()).isEqualTo(s));
    }

    /** Scans the seed texts themselves (test fixtures copied from shared/seeds) for every memo number. */
    @Test
    void everyMemoNumberInTheSeedFilesRoundTrips() throws Exception {
        Path seeds = Path.of(MemoNumberTest.class.getResource("/seeds/README.md").toURI()).getParent();
        Pattern memo = Pattern.compile("[০-৯0-9]{2}(?:\\.[০-৯0-9]{2,4}){6}[.\\-][০-৯0-9]+(?:/[০-৯0-9]+\\([০-৯0-9]+\\))?");
        Set<String> found = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Matcher m = memo.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group());
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(SEED_MEMOS);
        for (String s : found) {
            assertThat(MemoNumber.parse(s).format()).isEqualTo(s);
        }
    }

    @Test
    void components() {
        MemoNumber m = MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)");
        assertThat(m.groups()).containsExactly("05", "55", "2700", "025", "13", "002", "18");
        assertThat(m.serial()).isEqualTo("89");
        assertThat(m.serialSeparator()).isEqualTo('.');
        assertThat(m.endorsement()).isEqualTo(new Endorsement(1, 7));
        assertThat(m.fileNumber()).isEqualTo("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮");
        assertThat(m.fileNumberLatin()).isEqualTo("05.55.2700.025.13.002.18");
        assertThat(m.isFileNumber()).isFalse();

        MemoNumber dash = MemoNumber.parse("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭");
        assertThat(dash.serial()).isEqualTo("77");
        assertThat(dash.serialSeparator()).isEqualTo('-');
    }

    @Test
    void bareFileNumber() {
        MemoNumber file = MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮");
        assertThat(file.isFileNumber()).isTrue();
        assertThat(file.serial()).isNull();
        assertThat(file.format()).isEqualTo("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮");
        assertThat(file.withSerial("৮৯").format()).isEqualTo("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯");
        assertThat(file.withSerial("90")).isEqualTo(MemoNumber.parse("05.55.2700.025.13.002.18.90"));
    }

    @Test
    void endorsement() {
        Endorsement e = new Endorsement(1, 7);
        assertThat(e.format()).isEqualTo("/১(৭)");
        assertThat(e.formatLatin()).isEqualTo("/1(7)");
        assertThat(Endorsement.parse("/১(৭)")).isEqualTo(e);
        assertThat(Endorsement.parse(" / 1 ( 7 ) ")).isEqualTo(e);
        assertThat(Endorsement.parse("২(১২)")).isEqualTo(new Endorsement(2, 12));
        for (String bad : new String[] {"/১(x)", "/(৭)", "/১৭", "/১(৭", "/১(০)", "/০(৭)", "/১(৭)ক", "", "/1(12345678901)"}) {
            assertThatThrownBy(() -> Endorsement.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Endorsement(0, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Endorsement(1, 0)).isInstanceOf(IllegalArgumentException.class);

        MemoNumber m = MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯");
        assertThat(m.withEndorsement(new Endorsement(1, 7)).format()).isEqualTo("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)");
        assertThat(m.withEndorsement(new Endorsement(1, 7)).withEndorsement(null)).isEqualTo(m);
        assertThat(MemoNumber.parse("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭/২(২৩)").format())
                .isEqualTo("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭/২(২৩)");
    }

    @Test
    void malformedEndorsementNamesIt() {
        assertThatThrownBy(() -> MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(ক)"))
                .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                    assertThat(e.group()).isEqualTo(9);
                    assertThat(e.getMessage()).contains("endorsement").contains("/1(7)");
                    assertThat(e.banglaMessage()).contains("পৃষ্ঠাঙ্কন");
                });
        assertThatThrownBy(() -> MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮/১(৭)"))
                .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                    assertThat(e.group()).isEqualTo(9);
                    assertThat(e.getMessage()).contains("needs a serial");
                });
        assertThatThrownBy(() -> new MemoNumber(MemoPattern.SECRETARIAT_2014,
                List.of("05", "55", "2700", "025", "13", "002", "18"), null, new Endorsement(1, 7)))
                .isInstanceOf(MemoNumberException.class);
    }

    @Test
    void ocrWhitespaceIsToleratedButFormatIsCanonical() {
        String messy = " ০৫ . ৫৫ .২৭০০.\u00A0০২৫.১৩ .০০২.১৮\u200C. ৮৯ / ১ (৭) ";
        assertThat(MemoNumber.parse(messy).format()).isEqualTo("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)");
        assertThat(MemoNumber.parse("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩ - ৭৭").format()).isEqualTo("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭");
        assertThat(MemoNumber.parse("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩–৭৭").format()).isEqualTo("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭");
    }

    @Test
    void mixedDigitSystems() {
        assertThat(MemoNumber.parse("০৫.55.২৭০০.025.১৩.০০২.18.৮৯").format()).isEqualTo("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯");
    }

    @Test
    void theBriefsExampleMessage() {
        assertThatThrownBy(() -> MemoNumber.parse("০৫.৫৫.২৭০.০২৫.১৩.০০২.১৮.৮৯"))
                .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("group 3 (geo code) must have 4 digits, found 3: '270'");
                    assertThat(e.banglaMessage())
                            .isEqualTo(BanglaText.normalize("৩ নম্বর অংশে (ভৌগোলিক কোড) ৪ অঙ্ক থাকার কথা, পাওয়া গেছে ৩ অঙ্ক: '২৭০'"));
                    assertThat(e.group()).isEqualTo(3);
                });
    }

    /** Dropping a digit of each group, or putting a letter into it, names that group. */
    @Test
    void eachMalformedGroupIsNamed2014() {
        assertEachGroupIsNamed(MemoPattern.SECRETARIAT_2014, "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯");
    }

    @Test
    void eachMalformedGroupIsNamed2024() {
        assertEachGroupIsNamed(MemoPattern.SECRETARIAT_2024, MEMO_2024);
    }

    private static void assertEachGroupIsNamed(MemoPattern pattern, String valid) {
        String[] parts = valid.split("\\.");
        assertThat(parts).hasSize(pattern.groupCount() + 1);
        for (int g = 1; g <= pattern.groupCount(); g++) {
            String name = pattern.groupName(g);
            String banglaName = pattern.banglaGroupName(g);
            int group = g;

            String[] shorter = parts.clone();
            shorter[g - 1] = shorter[g - 1].substring(1);
            assertThatThrownBy(() -> MemoNumber.parse(String.join(".", shorter)))
                    .as("group %d shorter", g)
                    .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                        assertThat(e.group()).isEqualTo(group);
                        assertThat(e.getMessage()).startsWith("group " + group + " (" + name + ") must have "
                                + pattern.groupLength(group) + " digits, found " + (pattern.groupLength(group) - 1));
                        assertThat(e.banglaMessage()).contains("(" + banglaName + ")")
                                .startsWith(BanglaDigits.toBangla(group) + " নম্বর অংশে");
                    });

            String[] letter = parts.clone();
            letter[g - 1] = "ক" + letter[g - 1].substring(1);
            assertThatThrownBy(() -> MemoNumber.parse(String.join(".", letter)))
                    .as("group %d with a letter", g)
                    .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                        assertThat(e.group()).isEqualTo(group);
                        assertThat(e.getMessage()).startsWith("group " + group + " (" + name + ") must contain only digits");
                        assertThat(e.banglaMessage()).contains("(" + banglaName + ")");
                    });

            String[] empty = parts.clone();
            empty[g - 1] = "";
            assertThatThrownBy(() -> MemoNumber.parse(String.join(".", empty)))
                    .as("group %d empty", g)
                    .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                        assertThat(e.group()).isEqualTo(group);
                        assertThat(e.getMessage()).isEqualTo("group " + group + " (" + name + ") is empty");
                    });
        }
        String[] badSerial = parts.clone();
        badSerial[pattern.groupCount()] = "৮x";
        assertThatThrownBy(() -> MemoNumber.parse(String.join(".", badSerial)))
                .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                    assertThat(e.group()).isEqualTo(pattern.groupCount() + 1);
                    assertThat(e.getMessage()).startsWith("group " + (pattern.groupCount() + 1) + " (serial)");
                    assertThat(e.banglaMessage()).contains("পত্রের ক্রমিক নম্বর");
                });
    }

    @Test
    void wrongNumberOfGroups() {
        for (String s : new String[] {"০৫.৫৫.২৭০০", "১২৩", "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯.১.২", "০৫.৫৫.২৭০০.০২৫.১৩-৮৯"}) {
            assertThatThrownBy(() -> MemoNumber.parse(s)).as(s)
                    .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                        assertThat(e.group()).isZero();
                        assertThat(e.getMessage()).contains("2.2.4.3.2.3.2").contains("2.2.4.3.3.2.4.2");
                        assertThat(e.banglaMessage()).contains("২.২.৪.৩.২.৩.২");
                    });
        }
        for (String s : new String[] {"", "   ", "\u200B"}) {
            assertThatThrownBy(() -> MemoNumber.parse(s)).isInstanceOfSatisfying(MemoNumberException.class,
                    e -> assertThat(e.getMessage()).isEqualTo("memo number is empty"));
        }
        assertThatThrownBy(() -> MemoNumber.parse(null)).isInstanceOf(MemoNumberException.class);
    }

    @Test
    void dashOnlyBeforeTheSerial() {
        assertThatThrownBy(() -> MemoNumber.parse("০৫.৫৫-২৭০০.০২৫.১৩.০০২.১৮.৮৯"))
                .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                    assertThat(e.group()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("'-' may only separate the serial; found one before group 3 (geo code)");
                });
        // a bare 2014 file number has no serial, so no dash either
        assertThatThrownBy(() -> MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২-১৮"))
                .isInstanceOf(MemoNumberException.class);
    }

    @Test
    void twentyTwoDigitNumbers() {
        MemoNumber m = MemoNumber.parse(MEMO_2024);
        assertThat(m.pattern()).isEqualTo(MemoPattern.SECRETARIAT_2024);
        assertThat(m.groups()).containsExactly("15", "06", "2692", "001", "005", "03", "0001", "24");
        assertThat(String.join("", m.groups())).hasSize(22);
        assertThat(m.serial()).isEqualTo("12");
        assertThat(m.format()).isEqualTo(MEMO_2024);
        assertThat(m.withEndorsement(new Endorsement(3, 15)).format()).isEqualTo(MEMO_2024 + "/৩(১৫)");
        assertThat(MemoNumber.parse(m.fileNumberLatin() + "-7").format())
                .isEqualTo("১৫.০৬.২৬৯২.০০১.০০৫.০৩.০০০১.২৪-৭");
    }

    @Test
    void eightGroupsAreA2014MemoOrA2024FileNumberByTheirLengths() {
        MemoNumber file2024 = MemoNumber.parse("১৫.০৬.২৬৯২.০০১.০০৫.০৩.০০০১.২৪");
        assertThat(file2024.pattern()).isEqualTo(MemoPattern.SECRETARIAT_2024);
        assertThat(file2024.isFileNumber()).isTrue();
        MemoNumber memo2014 = MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯");
        assertThat(memo2014.pattern()).isEqualTo(MemoPattern.SECRETARIAT_2014);
        assertThat(memo2014.serial()).isEqualTo("89");
        // a 2024 file number with one wrong group is still reported as a 2024 number
        assertThatThrownBy(() -> MemoNumber.parse("১৫.০৬.২৬৯২.০০১.০০৫.০৩.০০১.২৪"))
                .isInstanceOfSatisfying(MemoNumberException.class, e -> {
                    assertThat(e.group()).isEqualTo(7);
                    assertThat(e.getMessage()).startsWith("group 7 (file) must have 4 digits");
                });
    }

    @Test
    void constructorValidatesAndAcceptsBanglaDigits() {
        MemoNumber m = new MemoNumber(MemoPattern.SECRETARIAT_2014,
                List.of("০৫", "৫৫", "২৭০০", "০২৫", "১৩", "০০২", "১৮"), "৮৯", null);
        assertThat(m).isEqualTo(MemoNumber.parse("05.55.2700.025.13.002.18.89"));
        assertThat(m.groups()).containsExactly("05", "55", "2700", "025", "13", "002", "18");
        List<String> mutable = new ArrayList<>(m.groups());
        MemoNumber copy = new MemoNumber(MemoPattern.SECRETARIAT_2014, mutable, "89", null);
        mutable.set(0, "99");
        assertThat(copy.groups().get(0)).isEqualTo("05");
        assertThatThrownBy(() -> copy.groups().set(0, "99")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new MemoNumber(MemoPattern.SECRETARIAT_2024, m.groups(), "1", null))
                .isInstanceOfSatisfying(MemoNumberException.class, e -> assertThat(e.group()).isZero());
        assertThatThrownBy(() -> new MemoNumber(MemoPattern.SECRETARIAT_2014, m.groups(), "", null))
                .isInstanceOfSatisfying(MemoNumberException.class, e -> assertThat(e.group()).isEqualTo(8));
        List<String> withNull = new ArrayList<>(m.groups());
        withNull.set(3, null);
        assertThatThrownBy(() -> new MemoNumber(MemoPattern.SECRETARIAT_2014, withNull, "1", null))
                .isInstanceOfSatisfying(MemoNumberException.class, e -> assertThat(e.getMessage()).isEqualTo("group 4 (section) is empty"));
        assertThatThrownBy(() -> new MemoNumber(MemoPattern.SECRETARIAT_2014, m.groups(), "1", null, '/'))
                .isInstanceOf(IllegalArgumentException.class);
        // without a serial the separator is normalised, so equal numbers are equal
        assertThat(new MemoNumber(MemoPattern.SECRETARIAT_2014, m.groups(), null, null, '-'))
                .isEqualTo(MemoNumber.parse("05.55.2700.025.13.002.18"));
    }

    @Test
    void tryParse() {
        assertThat(MemoNumber.tryParse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯")).isPresent();
        assertThat(MemoNumber.tryParse("নম্বর: ০৫.৫৫")).isEmpty();
    }

    @Test
    void patterns() {
        assertThat(MemoPattern.SECRETARIAT_2014.totalDigits()).isEqualTo(18);
        assertThat(MemoPattern.SECRETARIAT_2024.totalDigits()).isEqualTo(22);
        assertThat(MemoPattern.SECRETARIAT_2014.layout()).isEqualTo("2.2.4.3.2.3.2");
        assertThat(MemoPattern.SECRETARIAT_2024.layout()).isEqualTo("2.2.4.3.3.2.4.2");
        assertThat(MemoPattern.SECRETARIAT_2014.groupName(3)).isEqualTo("geo code");
        assertThat(MemoPattern.SECRETARIAT_2014.groupName(8)).isEqualTo("serial");
        assertThat(MemoPattern.SECRETARIAT_2014.groupName(9)).isEqualTo("endorsement");
        assertThat(MemoPattern.SECRETARIAT_2024.groupName(4)).isEqualTo("subordinate office");
        assertThat(MemoPattern.SECRETARIAT_2024.groupName(9)).isEqualTo("serial");
        assertThatThrownBy(() -> MemoPattern.SECRETARIAT_2014.groupName(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemoPattern.SECRETARIAT_2014.groupLength(8)).isInstanceOf(IllegalArgumentException.class);
    }
}
