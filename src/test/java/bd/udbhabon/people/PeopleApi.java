package bd.udbhabon.people;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An office administrator using the people API through a signed-in session. */
final class PeopleApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    final Browsing user;
    final long officeId;

    PeopleApi(int port, String username, long officeId) {
        this.user = new Browsing(port);
        this.officeId = officeId;
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account"); // a page with a form: the session's CSRF token
    }

    record Reply(int status, JsonNode json) {
        String field(String name) {
            JsonNode value = json.path("fields").path(name);
            return value.isMissingNode() ? null : value.asString();
        }
    }

    Reply send(String method, String path, String body) {
        var page = user.json(method, "/api/v1/offices/" + officeId + path, body);
        return new Reply(page.status(), page.body().isEmpty() ? null : JSON.readTree(page.body()));
    }

    Reply get(String path) {
        var page = user.get("/api/v1/offices/" + officeId + path);
        return new Reply(page.status(), JSON.readTree(page.body()));
    }

    long post(String titleBn, String grade) {
        var reply = send("POST", "/posts", "{\"titleBn\":\"%s\",\"grade\":\"%s\"}".formatted(titleBn, grade));
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    long officer(String nameBn, String nameEn) {
        var reply = send("POST", "/officers", "{\"nameBn\":\"%s\",\"nameEn\":\"%s\"}".formatted(nameBn, nameEn));
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    Reply assign(long postId, long officerId, String from, boolean additionalCharge) {
        return send("POST", "/posts/" + postId + "/holder",
                "{\"officerId\":%d,\"from\":\"%s\",\"additionalCharge\":%b}".formatted(officerId, from, additionalCharge));
    }

    Reply vacate(long postId, String on) {
        return send("POST", "/posts/" + postId + "/vacate", "{\"on\":\"%s\"}".formatted(on));
    }

    Reply transfer(long officerId, long postId, String on) {
        return send("POST", "/officers/" + officerId + "/transfer", "{\"postId\":%d,\"on\":\"%s\"}".formatted(postId, on));
    }
}
