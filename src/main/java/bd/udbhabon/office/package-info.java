/**
 * The national office registry: every office that keeps an innovation team, its Bangla and English
 * names, website, memo-number code, and its place in the administrative hierarchy (division,
 * district, upazila) and the line hierarchy (ministry, directorate, field office).
 * <p>
 * Published SQL contract: the scope relation {@code office_scope(ancestor_id, office_id, depth, level)}
 * (V23), every office with each office in its scope over both hierarchies, itself at depth 0, kept
 * in step by triggers on {@code office}. Other modules' roll-ups may read it (never write it); it is
 * allowed to every module by {@code SqlOwnershipTest}, where any other use of office's tables is a listed exception.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offices")
package bd.udbhabon.office;
