package bd.udbhabon.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/** What a template version says: its title, total weight and sections, checked by the template rules. */
public record TemplateContent(String titleBn, String titleEn, BigDecimal totalWeight, List<PlanTemplate.Section> sections) {

    public TemplateContent {
        sections = List.copyOf(sections);
    }

    public Stream<PlanTemplate.Indicator> indicators() {
        return sections.stream().flatMap(PlanTemplate.Section::indicators);
    }
}
