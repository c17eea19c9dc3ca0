package bd.udbhabon.showcase.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/** A showcase as its organiser types it: title (Bangla, English), the day it is held, the venue. */
record ShowcaseForm(@FormText(max = 300) String titleBn, @FormText(max = 300) String titleEn, LocalDate heldOn,
                    @FormText(max = 300) String venueBn) {
}
