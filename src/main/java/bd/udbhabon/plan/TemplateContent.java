package bd.udbhabon.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a template version says: its title, total weight and sections, checked by the template rules, and
 * whether an office may add rows of its own to a plan made on it ({@code officeRowsAllowed}, the Cabinet
 * Division's choice per version).
 */
public record TemplateContent(String titleBn, String titleEn, BigDecimal totalWeight, List<PlanTemplate.Section> sections,
                              boolean officeRowsAllowed) {

    public TemplateContent {
        sections = List.copyOf(sections);
    }

    /** Content that lets no office add rows of its own. */
    public TemplateContent(String titleBn, String titleEn, BigDecimal totalWeight, List<PlanTemplate.Section> sections) {
        this(titleBn, titleEn, totalWeight, sections, false);
    }

    public TemplateContent withOfficeRowsAllowed(boolean allowed) {
        return new TemplateContent(titleBn, titleEn, totalWeight, sections, allowed);
    }

    public Stream<PlanTemplate.Indicator> indicators() {
        return sections.stream().flatMap(PlanTemplate.Section::indicators);
    }
}
