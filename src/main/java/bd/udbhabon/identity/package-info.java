/**
 * Who is signed in and what they may do: accounts, sign-in (password, personal access tokens,
 * optional OpenID Connect), lock-out and rate limiting, sessions in PostgreSQL, the roles each
 * account holds for offices, and the enforcement of {@link bd.udbhabon.access} rules on every
 * request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package bd.udbhabon.identity;
