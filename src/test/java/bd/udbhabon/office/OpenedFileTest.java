package bd.udbhabon.office;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.shell.FormErrors;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one "opened" step of the issue pages (plan, showcase, meeting notice, revised notice, minutes). */
class OpenedFileTest {

    private static final Map<String, String> TYPED = Map.of("issuedOn", "2024-07-20", "memoFile", "",
            "fileNumber", "05.43.0000.017.02.002.24", "subject", "উদ্ভাবন", "nextSerial", "৫");

    @Test
    void anOpenedFileIsSelectedInPlaceOfTheFieldsThatOpenedIt() {
        var opened = new MemoNumbering.Opened(new MemoNumbering.MemoFile(42, 7, null, "উদ্ভাবন", 5, '.', 0), new FormErrors());

        assertThat(opened.selectedIn(TYPED)).containsOnly(Map.entry("issuedOn", "2024-07-20"), Map.entry("memoFile", "42"));
    }

    @Test
    void aRefusedFileKeepsTheFormAsTyped() {
        var refused = new MemoNumbering.Opened(null, new FormErrors().add("fileNumber", "memo.error.fileNumber"));

        assertThat(refused.selectedIn(TYPED)).isEqualTo(TYPED);
    }
}
