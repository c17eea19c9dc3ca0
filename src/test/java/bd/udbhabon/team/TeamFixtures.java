package bd.udbhabon.team;

import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.team.internal.ComplianceUpdater;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Teams for tests, written straight to the database as the issue form will write them (a draft
 * with its members, then issued with a memo number and its paper in issued_paper), and the compliance row
 * refreshed as issuing does. Posts, officers and holdings likewise: the people pages have their
 * own tests.
 */
public final class TeamFixtures {

    /** Held since well before any test's "today", in any time zone; before it, only the 2023 notification is in force. */
    public static final LocalDate SINCE = LocalDate.of(2025, 12, 1);

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final ComplianceUpdater compliance;

    public TeamFixtures(JdbcClient jdbc, OfficeDirectory offices, ComplianceUpdater compliance) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.compliance = compliance;
    }

    /** An upazila team under the 2025 rules, and its post for "an officer able to develop skills". */
    public record UpazilaTeam(long officeId, long orderId, List<Long> postIds, long skillsPostId) {
    }

    /**
     * The UNO as head, the AC (land), the assistant programmer and five officers of other upazila
     * offices, one a secondary ICT teacher and one whose holder develops skills: every rule met.
     * Without {@code skillsHolder} that last post is vacant, so "at least 1 officer able to develop
     * skills" is all the team lacks.
     */
    public UpazilaTeam upazilaTeam(long upazilaId, boolean skillsHolder) {
        return upazilaTeam(upazilaId, skillsHolder, 2, SINCE);
    }

    /** The same team, formed under another notification (1: 2023, 2: 2025) from another day. */
    public UpazilaTeam upazilaTeam(long upazilaId, boolean skillsHolder, long notificationId, LocalDate effectiveFrom) {
        String place = offices.find(upazilaId).orElseThrow().placeBn();
        List<PlannedMember> members = new ArrayList<>();
        members.add(new PlannedMember(held(post(upazilaId, "উপজেলা নির্বাহী অফিসার, " + place, "UPAZILA_NIRBAHI_OFFICER", false, null), upazilaId, false), TeamRole.HEAD));
        members.add(new PlannedMember(held(post(upazilaId, "সহকারী কমিশনার (ভূমি), " + place, "ASSISTANT_COMMISSIONER_LAND", false, null), upazilaId, false), TeamRole.MEMBER));
        members.add(new PlannedMember(held(post(upazilaId, "সহকারী প্রোগ্রামার, " + place, "ASSISTANT_PROGRAMMER", false, null), upazilaId, false), TeamRole.MEMBER_SECRETARY));
        members.add(new PlannedMember(held(post(upazilaId, "উপজেলা কৃষি অফিসার, " + place, "OFFICER", true, null), upazilaId, false), TeamRole.MEMBER));
        members.add(new PlannedMember(held(post(upazilaId, "উপজেলা শিক্ষা অফিসার, " + place, "OFFICER", true, null), upazilaId, false), TeamRole.MEMBER));
        members.add(new PlannedMember(held(post(upazilaId, "উপজেলা স্বাস্থ্য ও পরিবার পরিকল্পনা কর্মকর্তা, " + place, "OFFICER", true, null), upazilaId, false), TeamRole.MEMBER));
        members.add(new PlannedMember(held(post(upazilaId, "সহকারী শিক্ষক (আইসিটি), পাইলট উচ্চ বিদ্যালয়, " + place, "TEACHER", true, "SECONDARY"), upazilaId, false), TeamRole.MEMBER));
        long skillsPost = post(upazilaId, "উপজেলা যুব উন্নয়ন কর্মকর্তা, " + place, "OFFICER", true, null);
        if (skillsHolder) {
            held(skillsPost, upazilaId, true);
        }
        members.add(new PlannedMember(skillsPost, TeamRole.MEMBER));
        long forming = offices.find(upazilaId).orElseThrow().adminParentId();
        long order = issue(upazilaId, forming, effectiveFrom, notificationId, members, skillsHolder);
        return new UpazilaTeam(upazilaId, order, members.stream().map(PlannedMember::postId).toList(), skillsPost);
    }

    /** A post; a teacher's post teaches ICT at {@code teachingLevel}. */
    public long post(long officeId, String titleBn, String grade, boolean ofAnotherOffice, String teachingLevel) {
        return jdbc.sql("""
                        insert into post (office_id, title_bn, grade, teaching_level, subject, of_another_office)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(officeId, titleBn, grade, teachingLevel, teachingLevel == null ? null : "ICT", ofAnotherOffice)
                .query(Long.class).single();
    }

    public long officer(long officeId, String nameBn, boolean skillsDevelopment) {
        return jdbc.sql("insert into officer (office_id, name_bn, skills_development) values (?, ?, ?) returning id")
                .params(officeId, nameBn, skillsDevelopment).query(Long.class).single();
    }

    /** The post, held since {@link #SINCE} by a new officer. */
    public long held(long postId, long officeId, boolean skillsDevelopment) {
        long officer = officer(officeId, "কর্মকর্তা " + postId, skillsDevelopment);
        jdbc.sql("insert into holding (post_id, officer_id, held_from) values (?, ?, ?)").params(postId, officer, SINCE).update();
        return postId;
    }

    /** An issued order (formation) under the notification, and the office's compliance refreshed. */
    public long issue(long officeId, long formingOfficeId, LocalDate effectiveFrom, long notificationId,
                      List<PlannedMember> members, boolean compliant) {
        String fileNumber = "05.55.%04d.025.13.002.26".formatted(formingOfficeId % 10000); // memo numbers are unique nationally
        long file = jdbc.sql("""
                        insert into memo_file (office_id, file_number, subject_bn) values (?, ?, 'ইনোভেশন টিম')
                        on conflict (office_id, file_number) do update set subject_bn = excluded.subject_bn returning id""")
                .params(formingOfficeId, fileNumber).query(Long.class).single();
        long serial = jdbc.sql("update memo_file set next_serial = next_serial + 1 where id = ? returning next_serial - 1")
                .param(file).query(Long.class).single();
        String memo = fileNumber + "." + serial;
        long order = jdbc.sql("""
                        insert into team_order (office_id, forming_office_id, kind, status, effective_from, notification_id, preamble_bn)
                        values (?, ?, 'FORMATION', 'DRAFT', ?, ?, 'প্রজ্ঞাপন মোতাবেক টিম গঠন করা হলো:') returning id""")
                .params(officeId, formingOfficeId, effectiveFrom, notificationId).query(Long.class).single();
        for (int i = 0; i < members.size(); i++) {
            jdbc.sql("insert into team_order_member (order_id, position, post_id, role) values (?, ?, ?, ?)")
                    .params(order, i + 1, members.get(i).postId(), members.get(i).role().name()).update();
        }
        jdbc.sql("insert into issued_memo (memo_number, file_id, paper) values (?, ?, ?)")
                .params(memo, file, "team-order:" + order).update();
        long paper = jdbc.sql("""
                        insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, signatory_name_bn, pdf, docx)
                        values (?, ?, ?, ?, ?, 'জেলা প্রশাসক', ?, ?) returning id""")
                .params(formingOfficeId, file, memo, effectiveFrom, "team-order:" + order, new byte[] {1}, new byte[] {1})
                .query(Long.class).single();
        jdbc.sql("""
                        update team_order set status = 'ISSUED', memo_number = ?, issued_on = ?, compliant = ?, justification = ?,
                               findings = '[]', signatory_name_bn = 'জেলা প্রশাসক', paper_id = ?
                        where id = ?""")
                .params(memo, effectiveFrom, compliant, compliant ? null : "পদটি শীঘ্রই পূরণ করা হবে", paper, order)
                .update();
        compliance.refresh(officeId);
        return order;
    }
}
