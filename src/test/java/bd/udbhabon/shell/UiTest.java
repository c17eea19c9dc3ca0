package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Issue 19, point 12: dates and counts follow the page's language; English pages never show ISO dates or "(s)". */
class UiTest {

    private static final LocalDate DAY = LocalDate.of(2023, 10, 17);

    private static Ui ui(Locale locale) {
        var messages = new StaticMessageSource();
        messages.addMessage("carried.one", Locale.ENGLISH, "{0} open decision carried to {1}");
        messages.addMessage("carried.other", Locale.ENGLISH, "{0} open decisions carried to {1}");
        messages.addMessage("carried.one", Ui.BANGLA, "{0}টি সিদ্ধান্ত {1}");
        messages.addMessage("carried.other", Ui.BANGLA, "{0}টি সিদ্ধান্ত {1}");
        messages.addMessage("flash.saved", Ui.BANGLA, "সংরক্ষণ করা হয়েছে।");
        return new Ui(locale, messages, "/", null, () -> null, "flash.saved");
    }

    @Test
    void datesAreWrittenOutInThePagesLanguage() {
        Ui english = ui(Locale.ENGLISH);
        assertThat(english.date(DAY)).isEqualTo("17 Oct 2023");
        assertThat(english.longDate(DAY)).isEqualTo("17 October 2023");
        assertThat(english.dualDate(DAY)).isEqualTo("17 October 2023");
        Ui bangla = ui(Ui.BANGLA);
        assertThat(bangla.date(DAY)).isEqualTo("১৭ অক্টোবর ২০২৩");
        assertThat(bangla.longDate(DAY)).isEqualTo("১৭ অক্টোবর ২০২৩");
        assertThat(bangla.dualDate(DAY)).contains("কার্তিক ১৪৩০", "১৭ অক্টোবর ২০২৩");
        assertThat(english.date(null, "—")).isEqualTo("—");
    }

    @Test
    void countsTakeTheOneOrOtherWordsWithTheCountInThePagesDigits() {
        Ui english = ui(Locale.ENGLISH);
        assertThat(english.plural("carried", 1, "the meeting")).isEqualTo("1 open decision carried to the meeting");
        assertThat(english.plural("carried", 2, "the meeting")).isEqualTo("2 open decisions carried to the meeting");
        assertThat(english.plural("carried", 0, "the meeting")).isEqualTo("0 open decisions carried to the meeting");
        assertThat(ui(Ui.BANGLA).plural("carried", 12, "সভায়")).isEqualTo("১২টি সিদ্ধান্ত সভায়");
    }

    @Test
    void theMessageASaveLeftIsInThePagesLanguage() {
        assertThat(ui(Ui.BANGLA).flash()).isEqualTo("সংরক্ষণ করা হয়েছে।");
        assertThat(new Ui(Ui.BANGLA, new StaticMessageSource(), "/").flash()).isNull();
    }
}
