package bd.udbhabon.team.web;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.Cadence;
import bd.udbhabon.team.FormingAuthority;
import bd.udbhabon.team.LevelDraft;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.NotificationDraft;
import bd.udbhabon.team.NotificationRegistry;
import bd.udbhabon.team.Policies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cabinet Division's notifications: anyone may read them (they are published government
 * orders); an administrator who holds {@code ADMINISTER_OFFICE} nationally enters and corrects them.
 */
@Controller
class NotificationPages {

    /** Empty requirement rows offered below the others, to add requirements without script. */
    static final int BLANK_ROWS = 3;
    private static final int MAX_ROWS = 60;
    private static final Pattern ROW = Pattern.compile("r(\\d{1,2})_.*");

    private final Policies policies;
    private final NotificationRegistry registry;
    private final AccessPolicy access;

    NotificationPages(Policies policies, NotificationRegistry registry, AccessPolicy access) {
        this.policies = policies;
        this.registry = registry;
        this.access = access;
    }

    @GetMapping("/notifications")
    @PublicAccess
    String list(Model model) {
        model.addAttribute("notifications", policies.all());
        model.addAttribute("inForce", inForceToday());
        model.addAttribute("mayAdminister", access.allowsNationally(Permission.ADMINISTER_OFFICE));
        return "team/notifications";
    }

    @GetMapping("/notifications/{notificationId}")
    @PublicAccess
    String notification(@PathVariable long notificationId, Model model) {
        Notification n = existing(notificationId);
        model.addAttribute("notification", n);
        model.addAttribute("inForce", Long.valueOf(n.id()).equals(inForceToday()));
        model.addAttribute("levels", levels());
        model.addAttribute("mayAdminister", access.allowsNationally(Permission.ADMINISTER_OFFICE));
        return "team/notification";
    }

    @GetMapping("/notifications/new")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String newNotification(Model model) {
        Long latest = policies.all().stream().findFirst().map(Notification::id).orElse(null);
        return form(null, NotificationDraft.empty(latest), new FormErrors(), model);
    }

    @PostMapping("/notifications/new")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String create(@ModelAttribute("notificationForm") NotificationForm form, Model model) {
        NotificationDraft draft = form.draft(true);
        var saved = registry.create(draft);
        return saved.ok() ? "redirect:/notifications/" + saved.id() : form(null, draft, saved.errors(), model);
    }

    @GetMapping("/notifications/{notificationId}/edit")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String edit(@PathVariable long notificationId, Model model) {
        Notification n = existing(notificationId);
        return form(n, NotificationDraft.of(n), new FormErrors(), model);
    }

    @PostMapping("/notifications/{notificationId}/edit")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String update(@PathVariable long notificationId, @ModelAttribute("notificationForm") NotificationForm form, Model model) {
        Notification n = existing(notificationId);
        NotificationDraft draft = form.draft(false);
        var saved = registry.update(notificationId, draft);
        return saved.ok() ? "redirect:/notifications/" + notificationId : form(n, draft, saved.errors(), model);
    }

    @GetMapping("/notifications/{notificationId}/levels/{level}")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String levelForm(@PathVariable long notificationId, @PathVariable String level, Model model) {
        Notification n = existing(notificationId);
        OfficeLevel l = level(level);
        LevelDraft draft = n.rules(l).map(LevelDraft::of).orElseGet(LevelDraft::empty).withBlankRows(BLANK_ROWS);
        return levelForm(n, l, draft, new FormErrors(), model);
    }

    @PostMapping("/notifications/{notificationId}/levels/{level}")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String saveLevel(@PathVariable long notificationId, @PathVariable String level,
                     @RequestParam MultiValueMap<String, String> form, Model model) {
        Notification n = existing(notificationId);
        OfficeLevel l = level(level);
        LevelDraft draft = levelDraft(form);
        var saved = registry.saveLevel(notificationId, l, draft);
        return saved.ok() ? "redirect:/notifications/" + notificationId + "#level-" + l.name()
                : levelForm(n, l, draft, saved.errors(), model);
    }

    @PostMapping("/notifications/{notificationId}/levels/{level}/delete")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String deleteLevel(@PathVariable long notificationId, @PathVariable String level) {
        existing(notificationId);
        OfficeLevel l = level(level);
        registry.deleteLevel(notificationId, l);
        return "redirect:/notifications/" + notificationId + "#level-" + l.name();
    }

    // ---- helpers

    private Long inForceToday() {
        return policies.inForce(Dhaka.today()).map(Notification::id).orElse(null);
    }

    private Notification existing(long id) {
        return policies.find(id).orElseThrow(() -> UserFacingException.notFound("notification.error.notFound"));
    }

    /** The levels a notification may state rules for: every tier but the Cabinet Division itself. */
    private static List<OfficeLevel> levels() {
        return Arrays.stream(OfficeLevel.values()).filter(l -> l != OfficeLevel.CABINET_DIVISION).toList();
    }

    private static OfficeLevel level(String name) {
        try {
            OfficeLevel level = OfficeLevel.parse(name);
            if (level != null && level != OfficeLevel.CABINET_DIVISION) {
                return level;
            }
        } catch (IllegalArgumentException e) {
            // not a level: no such page
        }
        throw UserFacingException.notFound("error.notFound");
    }

    private String form(Notification existing, NotificationDraft draft, FormErrors errors, Model model) {
        model.addAttribute("notification", existing);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("action", existing == null ? "/notifications/new" : "/notifications/" + existing.id() + "/edit");
        model.addAttribute("cadences", List.of(Cadence.values()));
        model.addAttribute("others", policies.all());
        return "team/notification-form";
    }

    private String levelForm(Notification n, OfficeLevel level, LevelDraft draft, FormErrors errors, Model model) {
        model.addAttribute("notification", n);
        model.addAttribute("level", level);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("hasRules", n.rules(level).isPresent());
        model.addAttribute("grades", List.of(Grade.values()));
        model.addAttribute("teachingLevels", List.of(TeachingLevel.values()));
        model.addAttribute("subjects", List.of(Subject.values()));
        model.addAttribute("authorities", List.of(FormingAuthority.values()));
        return "team/level-form";
    }

    /** The level form's fields; requirement rows are {@code r0_…}, {@code r1_…}, in order. */
    static LevelDraft levelDraft(MultiValueMap<String, String> form) {
        Set<Integer> rows = new TreeSet<>();
        for (String key : form.keySet()) {
            Matcher m = ROW.matcher(key);
            if (m.matches() && Integer.parseInt(m.group(1)) < MAX_ROWS) {
                rows.add(Integer.parseInt(m.group(1)));
            }
        }
        List<LevelDraft.RequirementDraft> requirements = new ArrayList<>();
        for (int i : rows) {
            String p = "r" + i + "_";
            requirements.add(new LevelDraft.RequirementDraft(one(form, p + "description_bn"), one(form, p + "description_en"),
                    one(form, p + "min"), one(form, p + "max"), all(form, p + "grades"), all(form, p + "wings"),
                    one(form, p + "skills"), all(form, p + "levels"), all(form, p + "subjects"), one(form, p + "other"),
                    form.containsKey(p + "remove")));
        }
        return new LevelDraft(one(form, "head_title_bn"), one(form, "head_title_en"), one(form, "head_rule_bn"),
                one(form, "head_rule_en"), all(form, "head_grades"), one(form, "min_members"), one(form, "max_members"),
                one(form, "forming_authority"), one(form, "forming_rule_bn"), one(form, "forming_rule_en"), requirements);
    }

    private static String one(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static Set<String> all(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? Set.of() : Set.copyOf(values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }
}
