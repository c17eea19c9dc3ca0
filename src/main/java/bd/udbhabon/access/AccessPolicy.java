package bd.udbhabon.access;

import java.util.Optional;

/** Answers, for the current request's user, what they may do where. */
public interface AccessPolicy {

    /** Whether the current user holds {@code permission} on {@code officeId}. */
    boolean allows(Permission permission, long officeId);

    /** Whether the current user holds {@code permission} nationally (see {@link NationalAccess}). */
    boolean allowsNationally(Permission permission);

    /** The current user as the author of a change; {@link Actor#SYSTEM} outside a request. */
    Actor actor();

    /** The signed-in account's id, if anyone is signed in. */
    Optional<Long> accountId();

    /** The roles the signed-in user holds, each for its office (by office); empty when no one is signed in. */
    java.util.List<HeldRole> heldRoles();

    /** The signed-in person's full name in Bangla, as papers and comments name them, if anyone is signed in. */
    Optional<String> fullNameBn();
}
