package bd.udbhabon.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which offered request ids are kept, and what {@code UDBHABON_LOG_FORMAT} turns into (plain JUnit). */
class RequestIdsTest {

    @Test
    void saneIdsAreKept() {
        for (String id : new String[] {"0af7651916cd43dd8448eb211c80319c", "nginx-7f3a.9c:01", "YWJj+ZGVm=", "f".repeat(64)}) {
            assertThat(RequestIds.choose(id)).isEqualTo(id);
        }
    }

    @Test
    void othersAreReplacedBySixteenHexDigits() {
        for (String id : new String[] {null, "", " ", "a b", "x\ny", "f".repeat(65), "<b>", "১২৩", "%0a"}) {
            assertThat(RequestIds.choose(id)).as(String.valueOf(id)).matches("[0-9a-f]{16}");
        }
    }

    @Test
    void theLogFormatSettingNamesABootStructuredFormat() {
        assertThat(LogFormat.structuredFormat(null)).isNull();
        assertThat(LogFormat.structuredFormat("text")).isNull();
        assertThat(LogFormat.structuredFormat(" JSON ")).isEqualTo("ecs");
        assertThat(LogFormat.structuredFormat("logstash")).isEqualTo("logstash");
        assertThatThrownBy(() -> LogFormat.structuredFormat("xml")).hasMessageContaining("UDBHABON_LOG_FORMAT");
    }
}
