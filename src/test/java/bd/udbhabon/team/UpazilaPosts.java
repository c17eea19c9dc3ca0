package bd.udbhabon.team;

import bd.udbhabon.team.TeamDesk.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * An upazila's posts for a team that meets the 2025 rules: the UNO, the assistant commissioner
 * (land), the assistant programmer, five officers of other upazila offices (one held by an officer
 * able to develop skills) and a secondary-level ICT teacher.
 */
record UpazilaPosts(long uno, long acLand, long programmer, List<Long> others, long teacher) {

    static UpazilaPosts create(TeamDesk desk, long office, String place) {
        long uno = desk.post(office, "উপজেলা নির্বাহী অফিসার, " + place, "UPAZILA_NIRBAHI_OFFICER");
        long acLand = desk.post(office, "সহকারী কমিশনার (ভূমি), " + place, "ASSISTANT_COMMISSIONER_LAND");
        long programmer = desk.post(office, "সহকারী প্রোগ্রামার, " + place, "ASSISTANT_PROGRAMMER", "wing", "ICT");
        List<String> others = List.of("উপজেলা কৃষি কর্মকর্তা", "উপজেলা প্রাথমিক শিক্ষা অফিসার", "উপজেলা সমাজসেবা অফিসার",
                "উপজেলা যুব উন্নয়ন কর্মকর্তা", "উপজেলা স্বাস্থ্য ও পরিবার পরিকল্পনা কর্মকর্তা");
        List<Long> otherPosts = new ArrayList<>();
        for (String title : others) {
            otherPosts.add(desk.post(office, title + ", " + place, "OFFICER", "other_office"));
        }
        long teacher = desk.post(office, "সহকারী শিক্ষক (আইসিটি), " + place + " পাইলট উচ্চ বিদ্যালয়", "TEACHER", "other_office",
                "teaching_level", "SECONDARY", "subject", "ICT");
        long trainer = desk.officer(office, "মোছাঃ নাসরিন আক্তার", true);
        desk.assign(office, otherPosts.get(3), trainer, "2025-01-01");
        return new UpazilaPosts(uno, acLand, programmer, otherPosts, teacher);
    }

    /** The team's rows, the UNO at its head; without the assistant commissioner (land) it breaks one rule. */
    List<Row> rows(boolean withAcLand) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(uno, "HEAD"));
        if (withAcLand) {
            rows.add(Row.of(acLand, "MEMBER"));
        }
        rows.add(Row.of(programmer, "MEMBER_SECRETARY"));
        others.forEach(p -> rows.add(Row.of(p, "MEMBER")));
        rows.add(Row.of(teacher, "MEMBER"));
        return rows;
    }
}
