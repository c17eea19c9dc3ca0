/**
 * The public innovation corner (ইনোভেশন কর্নার) of every office, without sign-in: its innovation
 * team as it stands, the issued office orders, and how its decisions are being implemented. Only
 * what offices publish anyway; drafts and contact details never. See docs/modules/corner.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Innovation corner")
package bd.udbhabon.corner;
