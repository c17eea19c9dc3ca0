/**
 * Showcasing (উদ্ভাবনী শোকেসিং, issue 15 point 5): an office's event with the initiatives of the office
 * and the offices below it as entries, judges scoring on weighted criteria (never an entry of their own
 * office), the ranking with ties, the best initiative(s) selected and published, the result issued as an
 * official paper. See {@code docs/modules/showcase.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Showcasing")
package bd.udbhabon.showcase;
