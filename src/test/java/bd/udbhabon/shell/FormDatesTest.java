package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one reading of a typed day: what the date fields send and what officers type, in either digits. */
class FormDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    @Test
    void readsWhatADateFieldSendsAndDayFirstInLatinOrBanglaDigits() {
        assertThat(FormDates.read("2026-02-01")).isEqualTo(DAY);
        assertThat(FormDates.read(" 2026-2-1 ")).isEqualTo(DAY);
        assertThat(FormDates.read("২০২৬-০২-০১")).isEqualTo(DAY);
        assertThat(FormDates.read("01-02-2026")).isEqualTo(DAY);
        assertThat(FormDates.read("01/02/2026")).isEqualTo(DAY);
        assertThat(FormDates.read("০১.০২.২০২৬")).isEqualTo(DAY);
    }

    @Test
    void aDayThatIsNoneOrNoDayAtAllIsNull() {
        assertThat(FormDates.read(null)).isNull();
        assertThat(FormDates.read("  ")).isNull();
        assertThat(FormDates.read("2026-02-30")).isNull();
        assertThat(FormDates.read("৩০-০২-২০২৬")).isNull();
        assertThat(FormDates.read("আগামীকাল")).isNull();
        assertThat(FormDates.read("99999999999999999999")).isNull();
    }

    @Test
    void asSpringsFormatterItRefusesWhatItCannotReadAndPrintsIso() throws ParseException {
        var formatter = new FormDates();
        assertThat(formatter.parse("০১-০২-২০২৬", Locale.ENGLISH)).isEqualTo(DAY);
        assertThatThrownBy(() -> formatter.parse("2026-02-30", Locale.ENGLISH)).isInstanceOf(ParseException.class);
        assertThat(formatter.print(DAY, Ui.BANGLA)).isEqualTo("2026-02-01");
    }
}
