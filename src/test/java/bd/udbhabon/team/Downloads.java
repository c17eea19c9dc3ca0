package bd.udbhabon.team;

import bd.udbhabon.Browsing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A file as a signed-in browser downloads it: the session's cookie, the bytes as sent. */
final class Downloads {

    private Downloads() {
    }

    static HttpResponse<byte[]> get(int port, Browsing user, String path) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", "UDBHABON_SESSION=" + user.cookie("UDBHABON_SESSION")).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
