package bd.udbhabon.meeting;

import bd.udbhabon.Browsing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The meeting form is multipart (it carries working papers); {@link Browsing} posts only URL-encoded forms. */
final class Multipart {

    private Multipart() {
    }

    /** Posts the form as multipart/form-data (as the page does), with one file or none. */
    static Browsing.Page post(Browsing user, int port, String path, Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----udbhabon" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", user.csrf());
        all.putIfAbsent("action", "save");
        try {
            for (var e : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + (fileName == null ? "" : fileName) + "\"\r\nContent-Type: "
                    + (fileName == null ? "application/octet-stream" : "application/pdf") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            if (file != null) {
                body.write(file);
            }
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://127.0.0.1:" + port;
        return user.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
