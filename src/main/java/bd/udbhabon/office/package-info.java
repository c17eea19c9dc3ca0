/**
 * The national office registry: every office that keeps an innovation team, its Bangla and English
 * names, website, memo-number code, and its place in the administrative hierarchy (division,
 * district, upazila) and the line hierarchy (ministry, directorate, field office).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offices")
package bd.udbhabon.office;
