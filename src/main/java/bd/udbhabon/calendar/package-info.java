/**
 * The Bangla calendar over HTTP: Gregorian to Bangla and back, under the rules in force on each
 * date, for other government systems and for the pages' own scripts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar API")
package bd.udbhabon.calendar;
