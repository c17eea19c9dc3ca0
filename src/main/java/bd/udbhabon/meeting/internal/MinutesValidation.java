package bd.udbhabon.meeting.internal;

import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesContent.DecisionEntry;
import bd.udbhabon.meeting.MinutesContent.DecisionKind;
import bd.udbhabon.meeting.MinutesContent.Item;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.CommitteeRole;
import bd.udbhabon.team.SubCommittees;
import bd.udbhabon.team.Teams;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The checks on minutes' content before it is saved: the frame, the items, each decision's owners, committee and co-opted post. */
@Component
class MinutesValidation {

    static final int MAX_ITEMS = 60;
    static final int MAX_DECISIONS = 20;

    private final DecisionRegister register;
    private final PeopleDirectory people;
    private final Teams teams;

    MinutesValidation(DecisionRegister register, PeopleDirectory people, Teams teams) {
        this.register = register;
        this.people = people;
        this.teams = teams;
    }

    /** Refuses (field by field) content that cannot be saved for the meeting; a correction must say what it corrects. */
    void check(long officeId, Meeting meeting, MinutesContent c, boolean correction) {
        FormErrors errors = new FormErrors();
        if (c.style() == null) {
            errors.add("style", "minutes.error.style");
        }
        if (blank(c.titleBn()) && blank(c.subjectBn())) {
            errors.add("title", "minutes.error.title");
        }
        if (blank(c.chairNameBn())) {
            errors.add("chairName", "minutes.error.chairName");
        }
        if (blank(c.chairDesignationBn())) {
            errors.add("chairDesignation", "minutes.error.chairDesignation");
        }
        if (correction && blank(c.correctionNoteBn())) {
            errors.add("correctionNote", "minutes.error.correctionNote");
        }
        if (c.items().stream().noneMatch(i -> i.kind() == ItemKind.AGENDA)) {
            errors.add("items", "minutes.error.noItems");
        }
        if (c.items().size() > MAX_ITEMS) {
            errors.add("items", "minutes.error.tooManyItems", MAX_ITEMS);
        }
        Set<String> ownerKeys = register.ownerChoices(officeId).stream().map(OwnerChoice::key).collect(Collectors.toSet());
        Set<Long> officePosts = people.posts(officeId).stream().map(Post::id).collect(Collectors.toSet());
        Set<Long> teamPosts = teams.onDate(officeId, meeting.date()).map(t -> t.members().stream().map(m -> m.post().id())
                .collect(Collectors.toSet())).orElse(Set.of());
        for (int i = 0; i < c.items().size(); i++) {
            Item item = c.items().get(i);
            String at = "item_" + i;
            if (blank(item.subjectBn())) {
                errors.add(at + "_subject", "minutes.error.subject");
            }
            if (item.kind() == ItemKind.AGENDA && blank(item.discussionBn()) && item.decisions().isEmpty()) {
                errors.add(at + "_discussion", "minutes.error.discussion");
            }
            if (item.decisions().size() > MAX_DECISIONS) {
                errors.add(at + "_subject", "minutes.error.tooManyDecisions", MAX_DECISIONS);
            }
            for (int d = 0; d < item.decisions().size(); d++) {
                DecisionEntry e = item.decisions().get(d);
                String dat = at + "_d_" + d;
                if (blank(e.textBn()) || e.textBn().length() > 4000) {
                    errors.add(dat + "_text", "minutes.error.decisionText");
                }
                if (e.dueOn() != null && e.dueOn().isBefore(meeting.date())) {
                    errors.add(dat + "_due", "minutes.error.dueBeforeMeeting");
                }
                if (item.kind() == ItemKind.AGENDA && e.owners().isEmpty()) {
                    errors.add(dat + "_owners", "minutes.error.owners");
                }
                for (Owner o : e.owners()) {
                    if (!ownerKeys.contains(o.key())) {
                        errors.add(dat + "_owners", "minutes.error.ownerUnknown");
                    }
                }
                if (e.kind() == DecisionKind.SUB_COMMITTEE) {
                    if (blank(e.committeeNameBn())) {
                        errors.add(dat + "_committeeName", "minutes.error.committeeName");
                    }
                    long conveners = e.committee().stream().filter(m -> m.role() == CommitteeRole.CONVENER).count();
                    long secretaries = e.committee().stream().filter(m -> m.role() == CommitteeRole.MEMBER_SECRETARY).count();
                    if (conveners != 1 || secretaries > 1 || e.committee().size() < 2) {
                        errors.add(dat + "_committee", "minutes.error.committee");
                    }
                    for (SubCommittees.Member m : e.committee()) {
                        if (m.postId() != null && !officePosts.contains(m.postId())) {
                            errors.add(dat + "_committee", "minutes.error.committeePost");
                        }
                    }
                }
                if (e.kind() == DecisionKind.COOPT) {
                    if (e.cooptPostId() == null || !officePosts.contains(e.cooptPostId())) {
                        errors.add(dat + "_coopt", "minutes.error.cooptPost");
                    } else if (teamPosts.contains(e.cooptPostId())) {
                        errors.add(dat + "_coopt", "minutes.error.cooptMember");
                    }
                }
            }
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
