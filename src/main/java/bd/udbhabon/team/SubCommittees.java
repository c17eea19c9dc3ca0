package bd.udbhabon.team;

import java.time.LocalDate;
import java.util.List;

/**
 * Sub-committees a team's meeting forms ("কর্মপরিকল্পনা প্রণয়নে নিম্নোক্তভাবে একটি কমিটি গঠন করা
 * হয়"): a named group of the office's posts, or of people named only in words, each with a role.
 * Kept from the day formed until the day dissolved. See V12__team_subcommittees.sql.
 */
public interface SubCommittees {

    /** A member: one of the office's posts (postId) or only printed words (postId null); labelBn is what the minutes print. */
    record Member(Long postId, String labelBn, CommitteeRole role) {
    }

    record SubCommittee(long id, long officeId, String nameBn, String purposeBn, LocalDate formedOn, LocalDate dissolvedOn,
                        String sourceBn, List<Member> members) {
        public SubCommittee {
            members = List.copyOf(members);
        }
    }

    /**
     * Forms a sub-committee of the office's team. Needs WRITE_RECORDS on the office (checked in the
     * service; 403 UserFacingException otherwise). Validation as UserFacingException.invalid(FormErrors)
     * field by field: name required (<=300), exactly one convener, at most one member-secretary, at
     * least two members in all, a postId must be a post of that office, no post twice, labels required.
     * sourceBn: where it was decided, e.g. "ইনোভেশন টিমের সভা, ২৭ নভেম্বর ২০২৩, সিদ্ধান্ত ৬" (may be
     * null). Audited (AuditLog, action "team.subcommittee-formed"). Returns the id.
     */
    long form(long officeId, String nameBn, String purposeBn, LocalDate formedOn, String sourceBn, List<Member> members);

    /** Dissolves it from a day on (WRITE_RECORDS, audited "team.subcommittee-dissolved"). */
    void dissolve(long officeId, long subCommitteeId, LocalDate on);

    /**
     * The sub-committees in being on the day (formed on or before, not dissolved on or before),
     * members in role order (convener, members, member-secretary) keeping their given order within
     * a role. No access check (the web layer checks).
     */
    List<SubCommittee> onDate(long officeId, LocalDate date);
}
