package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.office.OfficeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A meeting's page states the standing item on the last meeting's decisions as the minutes will
 * (seed 003, item 2): computed from the register as of this meeting's day, with the decisions still
 * open carried to it; nobody types the figure.
 */
@IntegrationTest
class PreviousDecisionsTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DecisionRegister register;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theNextMeetingShowsTheLastMeetingsRateAndCarriesWhatIsOpen() {
        long rangpur = accounts.office(OfficeLevel.DIVISION, "Rangpur");
        accounts.create("rangpur-ict", Role.MEMBER_SECRETARY, rangpur);
        long june = meeting(rangpur, LocalDate.of(2023, 6, 19), "HELD");
        long october = meeting(rangpur, LocalDate.of(2023, 10, 17), "PLANNED");
        List<Long> taken = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            int item = i;
            taken.add(accounts.as("rangpur-ict", () -> register.record(rangpur, new NewDecision(june, item,
                    "বিভাগীয় ইনোভেশন টিমের সভা, ১৯ জুন ২০২৩", LocalDate.of(2023, 6, 19), null, "জুনের সিদ্ধান্ত " + item,
                    LocalDate.of(2023, 9, 30), List.of(Owner.office(rangpur, "বিভাগীয় কমিশনার, রংপুর"))))));
        }
        for (long id : taken.subList(0, 5)) {
            accounts.as("rangpur-ict", () -> {
                register.changeStatus(id, rangpur, DecisionStatus.IMPLEMENTED, LocalDate.of(2023, 9, 15), null);
                return id;
            });
        }
        // Implemented after the October meeting: October's page still counts it open, as it was that day.
        accounts.as("rangpur-ict", () -> {
            register.changeStatus(taken.get(5), rangpur, DecisionStatus.IMPLEMENTED, LocalDate.of(2023, 11, 2), null);
            return 0;
        });

        Browsing ict = new Browsing(port);
        ict.signIn("rangpur-ict", TestAccounts.PASSWORD);
        String page = ict.get("/offices/" + rangpur + "/meetings/" + october).body();
        assertThat(page).contains("১৯ জুন ২০২৩ তারিখের সভা: ৬টি সিদ্ধান্তের মধ্যে ৫টি বাস্তবায়িত; বাস্তবায়নের হার ৮৩%",
                "চলমান ১টি সিদ্ধান্ত এই সভায় আলোচনার জন্য আসবে", "জুনের সিদ্ধান্ত 6").doesNotContain("জুনের সিদ্ধান্ত 5<");
        assertThat(page).as("the first meeting of 2023-24").contains("২০২৩-২০২৪ অর্থবছরের ১ম সভা");
        assertThat(ict.get("/offices/" + rangpur + "/meetings/" + june).body()).contains("data-testid=\"no-previous\"",
                "২০২২-২০২৩ অর্থবছরের ১ম সভা");
    }

    /**
     * A decision dropped between two meetings is named in the next minutes with the reason recorded
     * (docs/plans/meetings-and-decisions.md), not only counted: the rate cannot be raised in silence.
     */
    @Test
    void aDroppedDecisionIsNamedWithItsReasonInTheNextMinutes() {
        long sylhet = accounts.office(OfficeLevel.DIVISION, "Sylhet");
        accounts.create("sylhet-ms", Role.MEMBER_SECRETARY, sylhet);
        long march = meeting(sylhet, LocalDate.of(2024, 3, 10), "HELD");
        long may = meeting(sylhet, LocalDate.of(2024, 5, 12), "HELD");
        List<Long> taken = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int item = i;
            taken.add(accounts.as("sylhet-ms", () -> register.record(sylhet, new NewDecision(march, item,
                    "বিভাগীয় ইনোভেশন টিমের সভা, ১০ মার্চ ২০২৪", LocalDate.of(2024, 3, 10), null, "মার্চের সিদ্ধান্ত " + bd.udbhabon.bangla.BanglaDigits.toBangla(item) + "।",
                    LocalDate.of(2024, 4, 30), List.of(Owner.office(sylhet, "বিভাগীয় কমিশনার, সিলেট"))))));
        }
        accounts.as("sylhet-ms", () -> {
            register.changeStatus(taken.get(0), sylhet, DecisionStatus.IMPLEMENTED, LocalDate.of(2024, 4, 1), null);
            register.changeStatus(taken.get(2), sylhet, DecisionStatus.DROPPED, LocalDate.of(2024, 4, 20),
                    "বাজেট বরাদ্দ না পাওয়ায় উদ্যোগটি স্থগিত");
            return 0;
        });
        String named = "৩টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ১টি সিদ্ধান্ত বাস্তবায়িত হয়, ১টি বাস্তবায়নাধীন এবং ১টি বাদ দেওয়া হয়। "
                + "সিদ্ধান্ত বাস্তবায়ন হার ৫০% (২টির মধ্যে ১টি)। বাদ দেওয়া সিদ্ধান্ত: ১। মার্চের সিদ্ধান্ত ৩ "
                + "(কারণ: বাজেট বরাদ্দ না পাওয়ায় উদ্যোগটি স্থগিত)।";

        Browsing ms = new Browsing(port);
        ms.signIn("sylhet-ms", TestAccounts.PASSWORD);
        ms.get("/account");
        String api = "/api/v1/offices/" + sylhet + "/meetings/" + may + "/minutes";
        var standing = ms.get(api + "/standing");
        assertThat(standing.status()).as(standing.body()).isEqualTo(200);
        assertThat(standing.body()).contains(named);
        // The minutes of May as drafted and printed: item 2 names the dropped decision and why.
        var drafted = ms.json("PUT", api + "/draft", """
                {"style":"DECISION_TABLE","title":"বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী","chairName":"বিভাগীয় কমিশনার",
                 "chairDesignation":"বিভাগীয় কমিশনার, সিলেট",
                 "items":[{"kind":"RATE","subject":"পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন হার","decisions":[]},
                          {"kind":"AGENDA","subject":"সেবা সহজিকরণ","discussion":"সেবা সহজিকরণ নিয়ে আলোচনা হয়।",
                           "decisions":[{"text":"দুটি সেবা সহজিকরণ করতে হবে।","owners":[{"key":"office:%d"}]}]}]}"""
                .formatted(sylhet));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        String pdf = drafted.body().replaceFirst("(?s).*\"pdf\":\"([^\"]+)\".*", "$1");
        String text = MinutesTests.squash(bd.udbhabon.document.Tools.pdfText(ms.bytes(pdf).body()));
        assertThat(text).contains(MinutesTests.squash(named));
    }

    private long meeting(long office, LocalDate date, String status) {
        return jdbc.sql("""
                        insert into meeting (office_id, chair_name_bn, chair_designation_bn, meeting_date, start_time, place_bn, status)
                        values (?, 'বিভাগীয় কমিশনার', 'বিভাগীয় কমিশনার, রংপুর', ?, '11:00', 'সম্মেলন কক্ষ', ?) returning id""")
                .params(office, date, status).query(Long.class).single();
    }
}
