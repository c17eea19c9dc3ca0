/**
 * The annual e-governance and innovation action plan (issue 14). So far: the Cabinet Division's
 * templates as versioned policy data (sections, activities, indicators with their five target
 * columns), entered through the UI or imported from XLSX/CSV, the APA scorer, and a plan version's approval in
 * the coordination meeting and its issue as the annex paper. Plans, quarterly
 * progress and submissions are added on these types. See {@code docs/modules/plan.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plan")
package bd.udbhabon.plan;
