package bd.udbhabon.team.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The team draft form as Spring binds it: member rows named {@code members[0].post}, {@code members[0].role},
 * {@code members[0].label} (the keys of the rows' errors too), the day through the one day formatter, the
 * preamble and closing printable (they are printed on the order: a field error, the form kept). {@code action}
 * is "more" for more rows, "find" to look for another office's posts ({@code other_office}, {@code other_post}),
 * "skills-officer" or "skills-post" for the inline fix of the skills-development rule ({@code skills_post},
 * {@code skills_name}, {@code skills_from}: a day as typed, read by {@code FormDates}).
 */
record DraftFields(String kind, LocalDate effectiveFrom, @FormText String preamble, @FormText String closing,
                   List<DraftForm.MemberRow> members, String action,
                   @BindParam("other_office") String otherOffice, @BindParam("other_post") String otherPost,
                   @BindParam("skills_post") String skillsPost, @BindParam("skills_name") @FormText String skillsName,
                   @BindParam("skills_from") String skillsFrom) {

    DraftFields {
        // a row left out of the numbering comes as null; more than the form offers is not read
        members = members == null ? List.of() : members.stream().filter(Objects::nonNull).limit(DraftForm.MAX_ROWS).toList();
    }
}
