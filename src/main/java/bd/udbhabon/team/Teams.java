package bd.udbhabon.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reading teams. No access checks: the web layer checks the office before calling. */
public interface Teams {

    /** The team in effect on {@code date}; empty when the office had none (or had dissolved it). */
    Optional<TeamOnDate> onDate(long officeId, LocalDate date);

    /** The issued orders on the office's team, the latest first. */
    List<TeamOrder> history(long officeId);

    Optional<TeamOrder> draft(long officeId);

    /** An order's places with the posts' holders on {@code date}. */
    List<TeamMember> membersOn(List<PlannedMember> planned, LocalDate date);

    Optional<TeamOrder> order(long orderId);

    /** The office's posts that are members of another office's team in effect on {@code date}. */
    List<Membership> membershipsOf(long officeId, LocalDate date);

    /** The issued order's PDF and DOCX, exactly as issued. */
    Optional<byte[]> pdf(long orderId);

    Optional<byte[]> docx(long orderId);
}
