package bd.udbhabon.corner.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.Ui;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An office's innovation corner for citizens and other offices. The corner is a frame: what it
 * shows (the team, its orders, the minutes, the implementation of decisions) comes from the
 * modules that own it, each through a {@link CornerSection} bean with a template of its own.
 */
@Controller
class CornerPages {

    private final OfficeDirectory offices;
    private final List<CornerSection> sections;
    private final TemplateEngine templates;

    CornerPages(OfficeDirectory offices, List<CornerSection> sections, TemplateEngine templates) {
        this.offices = offices;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CornerSection::order)).toList();
        this.templates = templates;
    }

    @GetMapping("/corner/{id}")
    @PublicAccess
    String corner(@PathVariable("id") long officeId, @ModelAttribute(name = "ui", binding = false) Ui ui, Model model) {
        Office office = offices.require(officeId);
        LocalDate today = Dhaka.today();
        model.addAttribute("office", office);
        model.addAttribute("today", today);
        model.addAttribute("sections", sections.stream().flatMap(s -> s.show(office, today).stream())
                .map(fragment -> content(fragment, ui, office, today)).toList());
        return "corner/corner";
    }

    /** The fragment's template, written into the page where the corner puts it (escaped as any template). */
    private Content content(CornerFragment fragment, Ui ui, Office office, LocalDate today) {
        Map<String, Object> params = new HashMap<>(fragment.params());
        params.put("ui", ui);
        params.put("office", office);
        params.put("today", today);
        return output -> templates.render(fragment.template() + ".jte", params, output);
    }
}
