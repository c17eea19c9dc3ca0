package bd.udbhabon.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.meeting.PlanRows;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, point 7, without Spring: which item is which plan row, and how the plan's rows join what was typed. */
class MinutesPlanPartTest {

    @Test
    void anItemIsAPlanRowByTheCodeItsSubjectStartsWith() {
        assertThat(PlanRows.codeOf("[১.৪.১] ই-ফাইলে নোট নিষ্পত্তিকৃত।")).isEqualTo("[১.৪.১]");
        assertThat(PlanRows.codeOf(" [1.10.2] Latin digits")).isEqualTo("[১.১০.২]");
        assertThat(PlanRows.codeOf("2.1.2] the seed's OCR lost a bracket")).isEqualTo("[২.১.২]");
        assertThat(PlanRows.codeOf("[০১.০৪.০১] padded")).isEqualTo("[১.৪.১]");
        assertThat(PlanRows.codeOf("বিবিধ")).isNull();
        assertThat(PlanRows.codeOf("সেবা [১.৪.১] in the middle")).isNull();
        assertThat(PlanRows.codeOf(null)).isNull();
    }

    @Test
    void thePlansRowsAreAddedAfterWhatWasTypedOnceEach() {
        var plan = new PlanRows.Plan("কর্মপরিকল্পনা ২০২৩-২৪", "২০২৩-২৪", 2, List.of(
                new PlanRows.Row("[১.১.১]", "উদ্ভাবন", "একটি উদ্ভাবনী ধারণা বাস্তবায়িত", "০৬ মে ২০২৪", "অর্জন: প্রতিবেদন করা হয়নি"),
                new PlanRows.Row("[১.৪.১]", "ই-নথি", "ই-ফাইলে নোট নিষ্পত্তিকৃত", "৮৫%", "অর্জন: ৯৭.৭৬%")));
        var typed = new MinutesForm("PARAGRAPHS", "", "কার্যবিবরণী", "", "", "", "সভাপতি", "পদবি", "", List.of(
                new MinutesForm.ItemRow("AGENDA", "[১.৪.১] ই-নথি", "৯০%", "লেখা আলোচনা", List.of()),
                new MinutesForm.ItemRow("AGENDA", "", "", "", List.of())));
        var filled = MinutesPlanPart.filled(typed, plan);
        assertThat(filled.style()).isEqualTo("ACTIVITY_TABLE");
        assertThat(filled.subject()).isEqualTo("কার্যবিবরণী");
        assertThat(filled.items()).extracting(MinutesForm.ItemRow::subject)
                .containsExactly("[১.৪.১] ই-নথি", "[১.১.১] একটি উদ্ভাবনী ধারণা বাস্তবায়িত");
        assertThat(filled.items().getFirst().target()).as("what was typed stays").isEqualTo("৯০%");
        assertThat(filled.items().get(1).target()).isEqualTo("০৬ মে ২০২৪");
        assertThat(filled.items().get(1).discussion()).isEqualTo("অর্জন: প্রতিবেদন করা হয়নি");
    }
}
