/**
 * Trainings, workshops and learning sessions (issue 15 point 7): what an office held, when, on what, who
 * took part (officers of the people registry or guests), with evidence; counted by the action plan's
 * indicators that name them as their measure. See {@code docs/modules/training.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trainings")
package bd.udbhabon.training;
