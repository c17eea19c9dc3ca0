package bd.udbhabon.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads officers, posts and who held which post when. No access checks: callers check. */
public interface PeopleDirectory {

    Optional<Post> post(long id);

    /** The posts an office keeps, active ones first, then by grade (seniority) and title. */
    List<Post> posts(long officeId);

    /** Posts by id, in one query (for a team's members); ids not found are absent. */
    Map<Long, Post> posts(Collection<Long> ids);

    /**
     * Active posts of these offices whose Bangla or English title contains {@code titleText} (any,
     * if blank), at most {@code limit}: to name another office's post on a team (issue 18).
     */
    List<Post> activePosts(Collection<Long> officeIds, String titleText, int limit);

    Optional<Officer> officer(long id);

    /** The officers an office keeps, by Bangla name. */
    List<Officer> officers(long officeId);

    /** Who held the post on that day (an additional charge counts), if anyone. */
    Optional<Officer> holderOn(long postId, LocalDate date);

    /** Every holding of the post, the earliest first. */
    List<Holding> history(long postId);

    /** Every post the officer held, the earliest first. */
    List<Holding> holdingsOf(long officerId);

    /** Who held each of these posts on that day, in one query; posts nobody held are absent. */
    Map<Long, Officer> holdersOn(Collection<Long> postIds, LocalDate date);

    /** The holding of each of these posts that covers that day, in one query; posts nobody held are absent. */
    Map<Long, Holding> holdingsOn(Collection<Long> postIds, LocalDate date);

    /**
     * Those of these posts that were really vacant on that day: held before it, by nobody on it. A post with no
     * holding recorded up to that day is not among them: who holds it has not been entered yet ("নাম লেখা হয়নি").
     */
    Set<Long> vacantOn(Collection<Long> postIds, LocalDate date);
}
