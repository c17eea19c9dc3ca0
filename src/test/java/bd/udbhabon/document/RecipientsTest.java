package bd.udbhabon.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Distribution and copy lines mended where a part was empty (issue 19, point 9); no Spring. */
class RecipientsTest {

    @Test
    void aLineLeftWithABareSeparatorByAnEmptyPartIsMended() {
        assertThat(Recipients.mend(", দিনাজপুর।")).as("seed 001's sixth copy").isEqualTo("দিনাজপুর।");
        assertThat(Recipients.mend("জেলা তথ্য অফিসার, , দিনাজপুর।")).isEqualTo("জেলা তথ্য অফিসার, দিনাজপুর।");
        assertThat(Recipients.mend("জেলা তথ্য অফিসার, দিনাজপুর, ।")).isEqualTo("জেলা তথ্য অফিসার, দিনাজপুর।");
        assertThat(Recipients.mend("জেলা তথ্য অফিসার,")).isEqualTo("জেলা তথ্য অফিসার");
        assertThat(Recipients.mendAll(List.of(" , ।", "বিভাগীয় কমিশনার, রংপুর।"))).containsExactly("বিভাগীয় কমিশনার, রংপুর।");
    }

    @Test
    void aLineAsTheOfficeWroteItStays() {
        for (String line : List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ সচিব-এঁর দপ্তর, মন্ত্রিপরিষদ বিভাগ ;",
                "কমিশনারের একান্ত সচিব, বিভাগীয় কমিশনারের কার্যালয়, রাজশাহী এবং",
                "উপজেলা নির্বাহী অফিসার,.....(সকল), দিনাজপুর।")) {
            assertThat(Recipients.mend(line)).isEqualTo(line);
        }
    }

    @Test
    void partsAreJoinedWithoutTheEmptyOnes() {
        assertThat(Recipients.join("জেলা তথ্য অফিসার", null, " ", "দিনাজপুর")).isEqualTo("জেলা তথ্য অফিসার, দিনাজপুর");
        assertThat(Recipients.join(null, "দিনাজপুর")).isEqualTo("দিনাজপুর");
        assertThat(Recipients.key("বিভাগীয় কমিশনার, রংপুর।")).isEqualTo(Recipients.key("বিভাগীয় কমিশনার,  রংপুর"));
    }

    @Test
    void theListsPrintTheMendedLine() {
        assertThat(new Distribution(true, List.of(", দিনাজপুর।")).recipients()).containsExactly("দিনাজপুর।");
        assertThat(new CopyList(bd.udbhabon.bangla.MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯"), 1, java.time.LocalDate.of(2023, 12, 23),
                null, List.of("জেলা প্রশাসক, দিনাজপুর।", ", দিনাজপুর।")).recipients()).containsExactly("জেলা প্রশাসক, দিনাজপুর।", "দিনাজপুর।");
    }
}
