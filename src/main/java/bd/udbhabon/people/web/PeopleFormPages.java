package bd.udbhabon.people.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.Grade;
import bd.udbhabon.people.OfficerDraft;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.PeopleRegistry;
import bd.udbhabon.people.PostDraft;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.validation.BindingResult;
import jakarta.validation.Valid;
import bd.udbhabon.shell.Forms;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Adding and editing posts and officers; a form with mistakes comes back with what was typed. */
@Controller
class PeopleFormPages {

    private final PeopleDirectory people;
    private final PeopleRegistry registry;
    private final OfficeDirectory offices;

    PeopleFormPages(PeopleDirectory people, PeopleRegistry registry, OfficeDirectory offices) {
        this.people = people;
        this.registry = registry;
        this.offices = offices;
    }

    @GetMapping("/offices/{officeId}/people/posts/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String newPost(@PathVariable long officeId, Model model) {
        return postForm(officeId, PostDraft.empty(), new FormErrors(), "/offices/" + officeId + "/people/posts/new", model);
    }

    @PostMapping("/offices/{officeId}/people/posts/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String createPost(@PathVariable long officeId, @Valid @ModelAttribute PostFields form, BindingResult binding, Model model) {
        PostDraft draft = postDraft(form, true);
        var saved = binding.hasErrors() ? refused(binding) : registry.createPost(officeId, draft);
        return saved.ok() ? "redirect:/offices/" + officeId + "/people/posts/" + saved.id()
                : postForm(officeId, draft, saved.errors(), "/offices/" + officeId + "/people/posts/new", model);
    }

    @GetMapping("/offices/{officeId}/people/posts/{postId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String editPost(@PathVariable long officeId, @PathVariable long postId, Model model) {
        var post = people.post(postId).filter(p -> p.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("people.error.postNotFound", postId));
        return postForm(officeId, PostDraft.of(post), new FormErrors(), editPostPath(officeId, postId), model);
    }

    @PostMapping("/offices/{officeId}/people/posts/{postId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String updatePost(@PathVariable long officeId, @PathVariable long postId, @Valid @ModelAttribute PostFields form,
                      BindingResult binding, Model model) {
        people.post(postId).filter(p -> p.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("people.error.postNotFound", postId));
        PostDraft draft = postDraft(form, false);
        var saved = binding.hasErrors() ? refused(binding) : registry.updatePost(postId, draft);
        return saved.ok() ? "redirect:/offices/" + officeId + "/people/posts/" + postId
                : postForm(officeId, draft, saved.errors(), editPostPath(officeId, postId), model);
    }

    @GetMapping("/offices/{officeId}/people/officers/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String newOfficer(@PathVariable long officeId, Model model) {
        return officerForm(officeId, OfficerDraft.empty(), new FormErrors(), "/offices/" + officeId + "/people/officers/new", model);
    }

    @PostMapping("/offices/{officeId}/people/officers/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String createOfficer(@PathVariable long officeId, @Valid @ModelAttribute OfficerFields form, BindingResult binding, Model model) {
        OfficerDraft draft = officerDraft(form);
        var saved = binding.hasErrors() ? refused(binding) : registry.createOfficer(officeId, draft);
        return saved.ok() ? "redirect:/offices/" + officeId + "/people/officers/" + saved.id()
                : officerForm(officeId, draft, saved.errors(), "/offices/" + officeId + "/people/officers/new", model);
    }

    @GetMapping("/offices/{officeId}/people/officers/{officerId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String editOfficer(@PathVariable long officeId, @PathVariable long officerId, Model model) {
        var officer = people.officer(officerId).filter(o -> o.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("people.error.officerNotFound", officerId));
        return officerForm(officeId, OfficerDraft.of(officer), new FormErrors(), editOfficerPath(officeId, officerId), model);
    }

    @PostMapping("/offices/{officeId}/people/officers/{officerId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String updateOfficer(@PathVariable long officeId, @PathVariable long officerId,
                         @Valid @ModelAttribute OfficerFields form, BindingResult binding, Model model) {
        people.officer(officerId).filter(o -> o.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("people.error.officerNotFound", officerId));
        OfficerDraft draft = officerDraft(form);
        var saved = binding.hasErrors() ? refused(binding) : registry.updateOfficer(officerId, draft);
        return saved.ok() ? "redirect:/offices/" + officeId + "/people/officers/" + officerId
                : officerForm(officeId, draft, saved.errors(), editOfficerPath(officeId, officerId), model);
    }

    /** A post from the form's fields; a checkbox left unticked is absent. New posts are active. */
    private static PostDraft postDraft(PostFields form, boolean isNew) {
        return new PostDraft(nz(form.titleBn()), nz(form.titleEn()), nz(form.grade()), nz(form.wing()), nz(form.teachingLevel()),
                nz(form.subject()), form.otherOffice() != null, isNew || form.active() != null, form.skillsDevelopment() != null);
    }

    private static OfficerDraft officerDraft(OfficerFields form) {
        return new OfficerDraft(nz(form.nameBn()), nz(form.nameEn()), nz(form.email()), nz(form.phone()),
                form.skillsDevelopment() != null);
    }

    /** What binding refused (an unprintable character), shown as the registry shows its own refusals. */
    private static PeopleRegistry.Saved refused(BindingResult binding) {
        return new PeopleRegistry.Saved(null, Forms.errors(binding));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String postForm(long officeId, PostDraft draft, FormErrors errors, String action, Model model) {
        model.addAttribute("office", office(officeId));
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("action", action);
        model.addAttribute("grades", List.of(Grade.values()));
        model.addAttribute("levels", List.of(TeachingLevel.values()));
        model.addAttribute("subjects", List.of(Subject.values()));
        return "people/post-form";
    }

    private String officerForm(long officeId, OfficerDraft draft, FormErrors errors, String action, Model model) {
        model.addAttribute("office", office(officeId));
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("action", action);
        return "people/officer-form";
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }

    private static String editPostPath(long officeId, long postId) {
        return "/offices/" + officeId + "/people/posts/" + postId + "/edit";
    }

    private static String editOfficerPath(long officeId, long officerId) {
        return "/offices/" + officeId + "/people/officers/" + officerId + "/edit";
    }
}
