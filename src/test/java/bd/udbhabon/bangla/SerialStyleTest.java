package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SerialStyleTest {

    @Test
    void eachStyle() {
        assertThat(SerialStyle.PADDED_DOT.format(1)).isEqualTo("০১."); // seed 001 member table
        assertThat(SerialStyle.PADDED_DOT.format(9)).isEqualTo("০৯.");
        assertThat(SerialStyle.PADDED_DOT.format(12)).isEqualTo("১২.");
        assertThat(SerialStyle.PADDED_DOT.format(100)).isEqualTo("১০০.");
        assertThat(SerialStyle.DOT.format(1)).isEqualTo("১.");
        assertThat(SerialStyle.DOT.format(10)).isEqualTo("১০.");
        assertThat(SerialStyle.PAREN.format(4)).isEqualTo("(৪)"); // seed 000 "(৪) উপজেলা পর্যায়ঃ"
        assertThat(SerialStyle.LETTER_PAREN.format(1)).isEqualTo("ক)"); // seed 000
        assertThat(SerialStyle.LETTER_PAREN.format(2)).isEqualTo("খ)");
        assertThat(SerialStyle.LETTER_DOUBLE_PAREN.format(3)).isEqualTo("(গ)"); // seed 002 decisions
        assertThat(SerialStyle.CLOSE_PAREN.format(7)).isEqualTo("৭)"); // seed 001 copy list
        assertThat(SerialStyle.DANDA.format(1)).isEqualTo("১।"); // seed 003 distribution list
        assertThat(SerialStyle.PADDED_DANDA.format(3)).isEqualTo("০৩।"); // seed 002 paragraphs
    }

    @Test
    void lettersFollowTheDocumentOrderThenContinueWithTwoLetters() {
        String expected = "কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ";
        assertThat(expected).hasSize(32);
        assertThat(IntStream.rangeClosed(1, 32).mapToObj(SerialStyle::letters))
                .containsExactlyElementsOf(expected.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        assertThat(SerialStyle.letters(33)).isEqualTo("কক");
        assertThat(SerialStyle.letters(34)).isEqualTo("কখ");
        assertThat(SerialStyle.letters(64)).isEqualTo("কহ");
        assertThat(SerialStyle.letters(65)).isEqualTo("খক");
        assertThat(SerialStyle.letters(32 + 32 * 32)).isEqualTo("হহ");
        assertThat(SerialStyle.letters(32 + 32 * 32 + 1)).isEqualTo("ককক");
        assertThat(SerialStyle.LETTER_DOUBLE_PAREN.format(33)).isEqualTo("(কক)");
    }

    @Test
    void lettersAreUniqueAndIncreasingInLength() {
        var marks = IntStream.rangeClosed(1, 2000).mapToObj(SerialStyle::letters).toList();
        assertThat(marks).doesNotHaveDuplicates();
        for (int i = 1; i < marks.size(); i++) {
            assertThat(marks.get(i).length()).isGreaterThanOrEqualTo(marks.get(i - 1).length());
        }
    }

    @ParameterizedTest
    @EnumSource(SerialStyle.class)
    void startsAtOne(SerialStyle style) {
        assertThatThrownBy(() -> style.format(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(style.format(1)).isNotBlank();
    }
}
