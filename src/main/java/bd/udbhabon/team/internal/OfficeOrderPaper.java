package bd.udbhabon.team.internal;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.OfficeOrder;
import bd.udbhabon.document.Signature;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.TeamFormation.IssueInput;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.TeamRole;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The office order on a team as a {@link Document}: the paper seed 001 prints. */
@Component
class OfficeOrderPaper {

    private final PeopleDirectory people;
    private final OfficeDirectory offices;

    OfficeOrderPaper(PeopleDirectory people, OfficeDirectory offices) {
        this.people = people;
        this.offices = offices;
    }

    /** The office order as seed 001 lays it out, from the draft and the issue form. */
    Document document(Office office, Office forming, TeamOrder draft, Notification notification, MemoNumber memo,
                         IssueInput issue) {
        List<String> letterhead = new ArrayList<>();
        letterhead.add(forming.nameBn());
        if (!blank(issue.sectionBn())) {
            letterhead.add(issue.sectionBn().strip());
        }
        String headTitle = notification.rules(office.level()).map(LevelRules::headTitleBn).orElse(TeamRole.HEAD.name(true));
        List<OfficeOrder.Member> members = new ArrayList<>();
        Map<Long, Post> posts = people.posts(draft.members().stream().map(PlannedMember::postId).toList());
        for (PlannedMember m : draft.members()) {
            Post post = posts.get(m.postId());
            members.add(new OfficeOrder.Member(printedTitle(office, post), m.printedRole(headTitle)));
        }
        Signature signature = new Signature(issue.signatoryNameBn(), issue.signatoryDesignationBn(),
                blankToNull(issue.signatoryPhone()), blankToNull(issue.signatoryEmail()), issue.issuedOn());
        return new OfficeOrder(new Letterhead(letterhead, forming.website()), memo, issue.issuedOn(), draft.preambleBn(),
                members, draft.kind() == OrderKind.DISSOLUTION ? List.of() : notification.duties(), draft.closingBn(),
                signature, TeamOrderIssuing.copies(issue)).document();
    }

    /** A post as the order prints it: another office's post names that office ("অধ্যক্ষ, দিনাজপুর পলিটেকনিক ইনস্টিটিউট"). */
    private String printedTitle(Office team, Post post) {
        if (post.officeId() == team.id()) {
            return post.titleBn();
        }
        return offices.find(post.officeId()).map(o -> post.titleBn() + ", " + o.nameBn()).orElse(post.titleBn());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
