package bd.udbhabon.team.internal;

import bd.udbhabon.team.TeamNames;
import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.office.Office;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.CompositionCheck;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.Judgement;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamFormation.DraftInput;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.Teams;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The office's one draft order: where it starts, its findings, saving and discarding it. */
@Component
class TeamDrafts {

    private final TeamOrderStore store;
    private final Teams teams;
    private final TeamAuthority authority;
    private final Policies policies;
    private final PeopleDirectory people;
    private final TeamRules rules;
    private final AccessPolicy access;
    private final AuditLog audit;

    TeamDrafts(TeamOrderStore store, Teams teams, TeamAuthority authority, Policies policies, PeopleDirectory people,
               TeamRules rules, AccessPolicy access, AuditLog audit) {
        this.store = store;
        this.teams = teams;
        this.authority = authority;
        this.policies = policies;
        this.people = people;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
    }

    DraftInput startingDraft(long officeId) {
        Office office = authority.office(officeId);
        Optional<TeamOrder> draft = store.draft(officeId);
        if (draft.isPresent()) {
            TeamOrder d = draft.get();
            return new DraftInput(d.kind(), d.effectiveFrom(), d.preambleBn(), d.closingBn(), d.members());
        }
        LocalDate today = Dhaka.today();
        Optional<TeamOnDate> team = teams.onDate(officeId, today);
        if (team.isPresent()) {
            TeamOrder last = team.get().order();
            String preamble = "এ কার্যালয়ের " + DualDate.gregorianDate(last.issuedOn()) + " তারিখের "
                    + last.memoNumber() + " নং অফিস আদেশ আংশিক পরিবর্তনপূর্বক নিম্নবর্ণিত কর্মকর্তাগণের সমন্বয়ে "
                    + TeamNames.of(office) + " পুনর্গঠন করা হলো:";
            return new DraftInput(OrderKind.CHANGE, today, preamble, null, last.members());
        }
        String preamble = policies.inForce(today).map(n -> defaultPreamble(n, TeamNames.of(office))).orElse("");
        return new DraftInput(OrderKind.FORMATION, today, preamble, null, List.of());
    }


    /** The preamble offices write, citing the notification in force: editable in the draft. */
    static String defaultPreamble(Notification n, String teamNameBn) {
        return "মন্ত্রিপরিষদ বিভাগের " + DualDate.gregorianDate(n.issuedOn()) + " তারিখের " + n.memoNumber()
                + " নং স্মারকে জারীকৃত প্রজ্ঞাপন মোতাবেক নিম্নবর্ণিত কর্মকর্তাগণের সমন্বয়ে " + teamNameBn + " গঠন করা হলো:";
    }

    List<Finding> check(long officeId, DraftInput draft) {
        return judge(officeId, draft).findings();
    }

    /** The draft's members (those that name a usable post, once each) judged under the notification in force on its date. */
    Judgement judge(long officeId, DraftInput draft) {
        Office office = authority.office(officeId);
        LocalDate date = draft.effectiveFrom() == null ? Dhaka.today() : draft.effectiveFrom();
        List<PlannedMember> members = validMembers(office, draft, new FormErrors());
        return rules.judge(office, authority.inForce(date), members, date);
    }

    /** Members judged under a notification with the posts' holders on {@code date}. */
    Judgement judge(long officeId, Notification notification, List<PlannedMember> members, LocalDate date) {
        return rules.judge(authority.office(officeId), notification, members, date);
    }

    /** The notification the draft was saved under. */
    Notification notificationOf(TeamOrder draft) {
        return policies.find(draft.notificationId()).orElseThrow();
    }

    /** A dissolution is not judged by the composition rules: it has no members. */
    List<Finding> findings(Office office, Notification notification, OrderKind kind, List<PlannedMember> members, LocalDate date) {
        return kind == OrderKind.DISSOLUTION ? List.of() : rules.findings(office, notification, members, date);
    }

    /** The members that name a post on the office's list or an active post of another office, once each; problems go to {@code errors}. */
    private List<PlannedMember> validMembers(Office office, DraftInput draft, FormErrors errors) {
        List<PlannedMember> valid = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Map<Long, Post> posts = people.posts(draft.members().stream().map(PlannedMember::postId).toList());
        for (int i = 0; i < draft.members().size(); i++) {
            PlannedMember m = draft.members().get(i);
            Post post = posts.get(m.postId());
            // A post of another registered office may sit on the team (seed 001's principal); only while in use.
            if (post == null || post.officeId() != office.id() && !post.active()) {
                errors.add("members[" + i + "]", "team.member.unknownPost");
            } else if (!seen.add(m.postId())) {
                errors.add("members[" + i + "]", "team.member.twice");
            } else {
                valid.add(m);
            }
        }
        return valid;
    }

    @Transactional
    TeamOrder saveDraft(long officeId, DraftInput draft) {
        Office office = authority.office(officeId);
        FormErrors errors = new FormErrors();
        if (draft.kind() == null) {
            errors.add("kind", "team.kind.missing");
        }
        if (draft.effectiveFrom() == null) {
            errors.add("effectiveFrom", "team.effectiveFrom.missing");
        }
        String preamble = draft.preambleBn() == null ? "" : draft.preambleBn().strip();
        if (preamble.isEmpty() || preamble.length() > 4000) {
            errors.add("preamble", "team.preamble.missing");
        }
        List<PlannedMember> members = validMembers(office, draft, errors);
        if (draft.kind() == OrderKind.DISSOLUTION && !draft.members().isEmpty()) {
            errors.add("members", "team.dissolution.members");
        }
        if (draft.kind() != null && draft.kind() != OrderKind.DISSOLUTION && draft.members().isEmpty()) {
            errors.add("members", "team.members.missing");
        }
        Notification notification = draft.effectiveFrom() == null ? null : policies.inForce(draft.effectiveFrom()).orElse(null);
        if (draft.effectiveFrom() != null && notification == null) {
            errors.add("effectiveFrom", "team.noNotification");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long forming = rules.formingOffice(office, notification);
        if (!authority.mayDraft(office, forming)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        Optional<TeamOrder> before = store.draft(officeId);
        List<Finding> findings = findings(office, notification, draft.kind(), members, draft.effectiveFrom());
        String closing = draft.closingBn() == null || draft.closingBn().isBlank() ? null : draft.closingBn().strip();
        long id = store.saveDraft(before.map(TeamOrder::id).orElse(null), officeId, forming, draft.kind(), draft.effectiveFrom(),
                notification.id(), preamble, closing, findings, CompositionCheck.compliant(findings), members);
        TeamOrder saved = store.order(id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), before.isPresent() ? "team-draft.updated" : "team-draft.created",
                "team-order", String.valueOf(id), officeId, before.orElse(null), saved));
        return saved;
    }

    @Transactional
    void discardDraft(long officeId) {
        Optional<TeamOrder> draft = store.draft(officeId);
        if (draft.isEmpty()) {
            return;
        }
        if (!authority.mayDraft(authority.office(officeId), draft.get().formingOfficeId())) {
            throw new UserFacingException(403, "error.forbidden");
        }
        store.deleteDraft(draft.get().id());
        audit.record(new AuditEvent(access.actor(), "team-draft.discarded", "team-order", String.valueOf(draft.get().id()),
                officeId, draft.get(), null));
    }
}
