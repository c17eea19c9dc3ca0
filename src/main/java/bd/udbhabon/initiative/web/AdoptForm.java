package bd.udbhabon.initiative.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/**
 * "Adopt this in my office" as typed: the office that takes it up (one where the user writes records) and what the
 * replication says, prefilled from the original.
 */
public record AdoptForm(Long office, @FormText(max = 300) String titleBn, @FormText(max = 300) String titleEn,
                        @FormText(max = 300) String serviceBn, @FormText(max = 4000) String problemBn,
                        @FormText(max = 4000) String rootCauseBn, @FormText(max = 4000) String solutionBn, LocalDate since) {
}
