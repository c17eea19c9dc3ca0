package bd.udbhabon.people.web;

/** What was typed into a post's assign form. */
public record AssignForm(String officer, String from, boolean additionalCharge) {
}
