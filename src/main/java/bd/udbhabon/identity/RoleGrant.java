package bd.udbhabon.identity;

import bd.udbhabon.access.Role;

/** A role held by an account for one office. */
public record RoleGrant(long accountId, long officeId, Role role) {
}
