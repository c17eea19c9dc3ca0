package bd.udbhabon.team.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The sub-committee form as Spring binds it: member rows named {@code members[0].post}, {@code members[0].label},
 * {@code members[0].role}, the day through the one day formatter, the words printed on the order printable
 * (a field error, the form kept); {@code action} is "more" for more rows. The service checks the rest.
 */
record SubCommitteeFields(@FormText String name, @FormText String purpose, LocalDate formedOn, @FormText String source,
                          List<SubCommitteeForm.MemberRow> members, String action) {

    SubCommitteeFields {
        // a row left out of the numbering comes as null; more than the form offers is not read
        members = members == null ? List.of() : members.stream().filter(Objects::nonNull).limit(SubCommitteeForm.MAX_ROWS).toList();
    }
}
