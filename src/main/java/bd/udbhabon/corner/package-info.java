/**
 * The public innovation corner (ইনোভেশন কর্নার) of every office, without sign-in. The corner is the
 * frame; its sections (the team and its issued orders, the issued minutes, how decisions are being
 * implemented) come from the modules that own them through {@link bd.udbhabon.corner.CornerSection}.
 * Only what offices publish anyway; drafts and contact details never. See docs/modules/corner.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Innovation corner")
package bd.udbhabon.corner;
