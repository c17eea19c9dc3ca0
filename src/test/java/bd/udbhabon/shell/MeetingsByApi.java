package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An upazila's meetings and minutes made through the meetings API, for the browser walks that need them on their pages. */
final class MeetingsByApi {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private MeetingsByApi() {
    }

    /** Plans a meeting of the upazila named {@code upazila} (Bangla) through the API; returns its id. */
    static long meeting(Browsing user, String api, String date, String upazila) {
        var created = user.json("POST", api, """
                {"chairName":"মোঃ আবদুল করিম","chairDesignation":"উপজেলা নির্বাহী অফিসার, %2$s","date":"%1$s","startTime":"11:00",
                 "place":"উপজেলা পরিষদ সভাকক্ষ, %2$s","agenda":[{"title":"ই-নথি ব্যবহারের অগ্রগতি","presenter":"সহকারী প্রোগ্রামার"},
                 {"title":"সেবা সহজিকরণ উদ্যোগ"},{"title":"বিবিধ"}]}""".formatted(date, upazila));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return firstId(created.body());
    }

    /** Drafts the meeting's minutes through the API with a decision for the office, approved on {@code approvedOn} if given. */
    static long minutes(Browsing user, String api, long officeId, String approvedOn, String upazila) {
        var drafted = user.json("PUT", api + "/draft", """
                {"style":"DECISION_TABLE","title":"উপজেলা ইনোভেশন টিমের সভার কার্যবিবরণী","chairName":"মোঃ আবদুল করিম",
                 "chairDesignation":"উপজেলা নির্বাহী অফিসার, %2$s","opening":["উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করা হয়।"],
                 "items":[{"kind":"AGENDA","subject":"ই-নথি ব্যবহারের অগ্রগতি","discussion":"ই-নথিতে নিষ্পত্তির হার পর্যালোচনা করা হয়।",
                           "decisions":[{"text":"উপজেলার সকল দপ্তরে ই-নথিতে নিষ্পত্তির হার ৯০%% এ উন্নীত করতে হবে।","due":"2026-12-31",
                                         "owners":[{"key":"office:%1$d","label":"উপজেলা নির্বাহী অফিসার, %2$s"}]}]}]}"""
                .formatted(officeId, upazila));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        long id = firstId(drafted.body());
        if (approvedOn != null) {
            var approved = user.json("POST", api + "/" + id + "/approve", "{\"approvedOn\":\"" + approvedOn + "\"}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        }
        return id;
    }

    static long firstId(String json) {
        Matcher id = ID.matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return Long.parseLong(id.group(1));
    }
}
