package bd.udbhabon.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

    @Test
    void barsAreScaledToTheLargestAndKeepTheirBanglaTextEscaped() {
        String svg = SvgBarChart.render(new BarChart("বাস্তবায়নের হার <ত্রৈমাসিক>", List.of(
                new BarChart.Bar("প্রথম ত্রৈমাসিক", "৫০%", 50), new BarChart.Bar("দ্বিতীয় & তৃতীয়", "১০০%", 100)), 100));

        assertThat(svg).startsWith("<svg").contains("role=\"img\"")
                .contains("<title>বাস্তবায়নের হার &lt;ত্রৈমাসিক&gt;</title>")
                .contains("দ্বিতীয় &amp; তৃতীয়").contains(">৫০%<")
                .contains("width=\"245.0\"").contains("width=\"490.0\"");
    }

    @Test
    void aNegativeValueIsRefused() {
        assertThatThrownBy(() -> BarChart.of("হার", List.of(new BarChart.Bar("ক", "-১", -1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
