package bd.udbhabon.team;

import bd.udbhabon.bangla.MemoNumber;

import java.time.LocalDate;
import java.util.List;

/**
 * What issued minutes decided about the office's team, published by the meeting module when the
 * minutes are issued (issue 13, point 4) and handled by this module synchronously, in the issuing
 * transaction: a failure here (a refused sub-committee, a draft the current user may not write)
 * rolls the issue back. Only decisions new in this version are named: what an earlier version of
 * the same minutes formed or proposed stands.
 *
 * @param officeId      the team's office
 * @param meetingId     the meeting (for the record)
 * @param minutesId     the issued minutes version
 * @param meetingDate   the day of the meeting: the sub-committees are formed on it
 * @param memoNumber    the minutes' memo number, cited by the co-opt draft's preamble
 * @param issuedOn      the minutes' date: the co-opt draft takes effect on it
 * @param subCommittees the sub-committees to form, in the order decided
 * @param cooptPostIds  the office's posts to co-opt onto the team, in the order decided: they are
 *                      added as co-opted members to the office's draft (opened as a change if none),
 *                      whose preamble then cites the meeting and the minutes
 */
public record MinutesTeamChanges(long officeId, long meetingId, long minutesId, LocalDate meetingDate, MemoNumber memoNumber,
                                 LocalDate issuedOn, List<SubCommitteeToForm> subCommittees, List<Long> cooptPostIds) {

    public MinutesTeamChanges {
        subCommittees = List.copyOf(subCommittees);
        cooptPostIds = List.copyOf(cooptPostIds);
    }

    /**
     * A sub-committee the minutes formed. {@code sourceBn} is where it was decided, as the team page
     * prints it ("জেলা ইনোভেশন টিমের সভা, ২৭ নভেম্বর ২০২৩, ৬ নং বিষয়"); {@code purposeBn} the decision's text.
     */
    public record SubCommitteeToForm(String nameBn, String purposeBn, String sourceBn, List<SubCommittees.Member> members) {
        public SubCommitteeToForm {
            members = List.copyOf(members);
        }
    }

    /** Whether there is anything for the team to do. */
    public boolean isEmpty() {
        return subCommittees.isEmpty() && cooptPostIds.isEmpty();
    }
}
