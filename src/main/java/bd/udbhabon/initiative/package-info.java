/**
 * Innovation initiatives (issue 15): an office's ideas, service simplifications, digitisations and
 * replications followed from idea to pilot to scale-up, with dated stages and evidence; the citizen's
 * time, cost and visits before and after; the services register; replication across offices and the
 * national search; field visits. Showcasing ({@code showcase}) and trainings ({@code training}) build on
 * it. See {@code docs/modules/initiative.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Initiatives")
package bd.udbhabon.initiative;
