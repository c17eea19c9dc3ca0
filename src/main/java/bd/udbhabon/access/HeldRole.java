package bd.udbhabon.access;

/** A role the current user holds for one office (what an account's start page is built from). */
public record HeldRole(long officeId, Role role) {
}
