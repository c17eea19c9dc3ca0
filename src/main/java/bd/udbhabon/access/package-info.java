/**
 * The vocabulary of access control that every module speaks: roles held for an office, the
 * permissions they give, the {@link bd.udbhabon.access.Actor} behind a change, and the
 * annotations each web endpoint must carry. A handler without one is refused: deny by default.
 * The identity module enforces them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access vocabulary")
package bd.udbhabon.access;
