/**
 * Web-portal completeness (issue 16, point 3; seed 003 item 8): the checklist the Cabinet Division sets as policy
 * data, filled in quarterly by each office with links as evidence, and the rate for the office itself and for the
 * offices below it, district by district. See {@code docs/modules/portal.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal completeness")
package bd.udbhabon.portal;
