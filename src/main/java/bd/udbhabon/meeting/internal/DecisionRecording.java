package bd.udbhabon.meeting.internal;

import bd.udbhabon.team.TeamNames;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesContent.DecisionEntry;
import bd.udbhabon.meeting.MinutesContent.DecisionKind;
import bd.udbhabon.meeting.MinutesContent.Item;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.team.MinutesTeamChanges;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What issuing minutes records: the agenda items' decisions in the register (a correction revises
 * the rows its predecessor recorded, and drops those it no longer has), and, for the decisions new
 * in this version, the team's changes (sub-committees to form, posts to co-opt), published as
 * {@link MinutesTeamChanges} for {@code team} to make: {@code meeting} writes nothing of the team's.
 * What the first issue formed or proposed stands.
 */
@Component
class DecisionRecording {

    private final DecisionRegister register;
    private final OfficeDirectory offices;
    private final MinutesRepository minutes;
    private final ApplicationEventPublisher events;

    DecisionRecording(DecisionRegister register, OfficeDirectory offices, MinutesRepository minutes, ApplicationEventPublisher events) {
        this.register = register;
        this.offices = offices;
        this.minutes = minutes;
        this.events = events;
    }

    /** Records, in the issuing transaction; returns the content with the register's ids. */
    MinutesContent record(long officeId, Meeting meeting, MinutesVersion issuing, MemoNumber memo, LocalDate issuedOn) {
        String source = TeamNames.ofGenitive(offices.require(officeId)) + " সভা, " + DualDate.gregorianDate(meeting.date());
        Set<Long> earlier = new HashSet<>();
        if (issuing.supersedesId() != null) {
            minutes.versions(officeId, meeting.id()).stream().filter(v -> v.id() == issuing.supersedesId()).findFirst()
                    .ifPresent(v -> v.content().items().forEach(i -> i.decisions().forEach(d -> {
                        if (d.registerId() != null) {
                            earlier.add(d.registerId());
                        }
                    })));
        }
        Set<Long> kept = new HashSet<>();
        List<Item> items = new ArrayList<>();
        List<MinutesTeamChanges.SubCommitteeToForm> subCommittees = new ArrayList<>();
        List<Long> cooptPosts = new ArrayList<>();
        for (int i = 0; i < issuing.content().items().size(); i++) {
            Item item = issuing.content().items().get(i);
            List<DecisionEntry> entries = new ArrayList<>();
            for (DecisionEntry e : item.decisions()) {
                if (item.kind() != ItemKind.AGENDA) {
                    entries.add(e.withRegisterId(null));
                    continue;
                }
                NewDecision decision = new NewDecision(meeting.id(), i + 1, source, meeting.date(), item.subjectBn(), e.textBn(),
                        e.dueOn(), e.owners());
                Long registerId = e.registerId() != null && earlier.contains(e.registerId()) ? e.registerId() : null;
                boolean fresh = registerId == null;
                if (fresh) {
                    registerId = register.record(officeId, decision);
                } else {
                    register.revise(registerId, officeId, decision);
                }
                kept.add(registerId);
                entries.add(e.withRegisterId(registerId));
                if (!fresh) {
                    continue; // what the first issue formed or proposed stands
                }
                if (e.kind() == DecisionKind.SUB_COMMITTEE) {
                    String label = source + ", " + BanglaDigits.toBangla(i + 1) + " নং বিষয়";
                    subCommittees.add(new MinutesTeamChanges.SubCommitteeToForm(e.committeeNameBn().strip(), e.textBn().strip(),
                            label, e.committee()));
                }
                if (e.kind() == DecisionKind.COOPT) {
                    cooptPosts.add(e.cooptPostId());
                }
            }
            items.add(new Item(item.kind(), item.subjectBn(), item.targetBn(), item.discussionBn(), entries));
        }
        for (Long gone : earlier) {
            if (!kept.contains(gone)) {
                register.changeStatus(gone, officeId, DecisionStatus.DROPPED, issuedOn,
                        "সংশোধিত কার্যবিবরণী (স্মারক নং " + BanglaDigits.toBangla(memo.formatLatin()) + ") থেকে বাদ");
            }
        }
        MinutesTeamChanges changes = new MinutesTeamChanges(officeId, meeting.id(), issuing.id(), meeting.date(), memo, issuedOn,
                subCommittees, cooptPosts);
        if (!changes.isEmpty()) {
            events.publishEvent(changes); // team handles it synchronously, in this transaction: a refusal there rolls the issue back
        }
        MinutesContent c = issuing.content();
        return new MinutesContent(c.style(), c.titleBn(), c.subjectBn(), c.opening(), c.itemsIntroBn(), items, c.closingBn(),
                c.chairNameBn(), c.chairDesignationBn(), c.correctionNoteBn());
    }
}
