package bd.udbhabon.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CalendarApiTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void answersAsTheIssueSpecifies() {
        var response = http.get("/api/v1/calendar/bangla?date=2025-11-06");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode date = response.json();
        assertThat(date.get("year").asInt()).isEqualTo(1432);
        assertThat(date.get("month").asInt()).isEqualTo(7);
        assertThat(date.get("day").asInt()).isEqualTo(21);
        assertThat(date.get("monthName").asString()).isEqualTo("কার্তিক");
        assertThat(date.get("text").asString()).isEqualTo("২১ কার্তিক ১৪৩২");

        var back = http.get("/api/v1/calendar/gregorian?year=1432&month=7&day=21");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("date").asString()).isEqualTo("2025-11-06");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "2023-12-23, ৮ পৌষ ১৪৩০",
            "2023-10-25, ৯ কার্তিক ১৪৩০",
            "2021-12-29, ১৪ পৌষ ১৪২৮",
            "2019-04-14, ১ বৈশাখ ১৪২৬",
            "2019-04-13, ৩০ চৈত্র ১৪২৫",
    })
    void seedAndBoundaryDates(String gregorian, String bangla) {
        assertThat(http.get("/api/v1/calendar/bangla?date=" + gregorian).json().get("text").asString()).isEqualTo(bangla);
    }

    @Test
    void everyDayFrom1990To2100RoundTripsThroughTheApi() {
        // one day in each month keeps the test fast; the bangla module's own tests check every day
        for (LocalDate d = LocalDate.of(1990, 1, 1); d.getYear() <= 2100; d = d.plusMonths(1).plusDays(1)) {
            JsonNode bangla = http.get("/api/v1/calendar/bangla?date=" + d).json();
            String back = http.get("/api/v1/calendar/gregorian?year=" + bangla.get("year").asInt()
                    + "&month=" + bangla.get("month").asInt() + "&day=" + bangla.get("day").asInt()).json().get("date").asString();
            assertThat(back).isEqualTo(d.toString());
            if (d.getDayOfMonth() > 27) {
                d = d.withDayOfMonth(1);
            }
        }
    }

    @Test
    void acceptsBanglaDigits() {
        String date = URLEncoder.encode("২০২৫-১১-০৬", StandardCharsets.UTF_8);
        assertThat(http.get("/api/v1/calendar/bangla?date=" + date).json().get("day").asInt()).isEqualTo(21);
    }

    @Test
    void invalidInputIsA400WithAMessage() {
        var badDate = http.get("/api/v1/calendar/bangla?date=2025-13-01");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("message").asString()).contains("সঠিক নয়");

        assertThat(http.get("/api/v1/calendar/bangla").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/calendar/gregorian?year=1432&month=13&day=1").json().get("message").asString())
                .contains("১২");
        // ফাল্গুন 1431 ends in March 2025, a common year: 29 days
        var noDay30 = http.get("/api/v1/calendar/gregorian?year=1431&month=11&day=30&lang=en");
        assertThat(noDay30.status()).isEqualTo(400);
        assertThat(noDay30.json().get("message").asString()).isEqualTo("ফাল্গুন 1431 has 29 days; there is no day 30.");
        assertThat(http.get("/api/v1/calendar/gregorian?year=1430&month=11&day=30").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/calendar/gregorian?year=x&month=1&day=1").status()).isEqualTo(400);
    }
}
