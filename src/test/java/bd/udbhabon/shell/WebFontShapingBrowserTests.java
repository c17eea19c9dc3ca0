package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 17, point 2: the pages' WOFF2 font (a subset of Noto Sans Bengali, scripts/make-web-fonts) shapes every
 * Bangla word the product shows as the full font does, in Chromium (HarfBuzz): every word of the Bangla message
 * bundles, the office registry's names, the shaping corpus and the seed papers, in both weights, drawn on a canvas
 * with each font and compared by width and by pixels. The full font is Debian's (fonts-noto-core), the file the
 * pages served before.
 */
class WebFontShapingBrowserTests {

    private static final Path DEBIAN_FONTS = Path.of("/usr/share/fonts/truetype/noto");
    private static final Pattern BANGLA_WORD = Pattern.compile("[\\u0980-\\u09FF\\u200C\\u200D]+");

    @Test
    void theWoff2ShapesEveryWordOfThePagesAsTheFullFontDoes() throws Exception {
        List<String> words = words();
        assertThat(words).as("the corpus").hasSizeGreaterThan(2000).contains("মন্ত্রিপরিষদ", "কার্যবিবরণী", "ব্রাহ্মণবাড়িয়া");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.startsWith("/web-")) {
                body = classpath("/static/fonts/NotoSansBengali-" + path.substring(5));
                type = "font/woff2";
            } else if (path.startsWith("/full-")) {
                body = Files.readAllBytes(DEBIAN_FONTS.resolve("NotoSansBengali-" + path.substring(6)));
                type = "font/ttf";
            } else {
                body = "<!DOCTYPE html><html lang=\"bn\"><head><meta charset=\"utf-8\"><title>fonts</title></head><body></body></html>"
                        .getBytes(StandardCharsets.UTF_8);
                type = "text/html; charset=utf-8";
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        ChromeDriver browser = Browser.start(1000, 700);
        try {
            browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            browser.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(3));
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript(COMPARE, words);
            assertThat(result.get("error")).as("the fonts load").isNull();
            assertThat(result.get("loaded")).asInstanceOf(InstanceOfAssertFactories.LIST).as("both fonts, both weights")
                    .containsExactlyInAnyOrder("Web 400 loaded", "Web 700 loaded", "Full 400 loaded", "Full 700 loaded");
            assertThat(result.get("differences")).asInstanceOf(InstanceOfAssertFactories.LIST).as("words the WOFF2 draws unlike the full font").isEmpty();
            assertThat(((Number) result.get("compared")).intValue()).isEqualTo(2 * words.size());
        } finally {
            browser.quit();
            server.stop(0);
        }
    }

    /** Loads the four faces, then draws each word with the WOFF2 and with the TTF: same width, same pixels. */
    private static final String COMPARE = """
            const words = arguments[0], done = arguments[arguments.length - 1];
            (async () => {
              for (const [family, file, weight] of [['Web', '/web-Regular.woff2', '400'], ['Web', '/web-Bold.woff2', '700'],
                                                    ['Full', '/full-Regular.ttf', '400'], ['Full', '/full-Bold.ttf', '700']]) {
                const face = new FontFace(family, `url(${file})`, {weight});
                await face.load();
                document.fonts.add(face);
              }
              const canvas = document.createElement('canvas');
              canvas.width = 900; canvas.height = 64;
              const g = canvas.getContext('2d', {willReadFrequently: true});
              const draw = (font, word) => {
                g.clearRect(0, 0, canvas.width, canvas.height);
                g.font = font;
                g.fillText(word, 4, 44);
                const pixels = g.getImageData(0, 0, canvas.width, canvas.height).data;
                let hash = 0;
                for (let i = 3; i < pixels.length; i += 4) hash = (Math.imul(hash, 31) + pixels[i]) | 0;
                return {width: g.measureText(word).width, hash};
              };
              const differences = [];
              let compared = 0;
              for (const weight of ['400', '700']) {
                for (const word of words) {
                  const web = draw(`${weight} 28px Web`, word), full = draw(`${weight} 28px Full`, word);
                  compared++;
                  if (web.width !== full.width || web.hash !== full.hash) {
                    differences.push(`${word} (${weight}): width ${web.width} against ${full.width}, pixels ${web.hash === full.hash ? 'same' : 'differ'}`);
                  }
                }
              }
              done({differences: differences.slice(0, 40), compared,
                    loaded: [...document.fonts].map(f => `${f.family} ${f.weight} ${f.status}`)});
            })().catch(e => done({error: String(e)}));
            """;

    /** Every Bangla word pages and papers show: the Bangla message bundles, the registry's names, the corpus, the seeds. */
    static List<String> words() throws IOException {
        TreeSet<String> words = new TreeSet<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties")).toList()) {
                Properties messages = new Properties();
                try (Reader in = Files.newBufferedReader(bundle)) {
                    messages.load(in);
                }
                messages.values().forEach(text -> add(words, text.toString()));
            }
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> geo = Files.list(Path.of("src/main/resources/reference/geo"));
             Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
            files.addAll(geo.filter(p -> p.toString().endsWith(".csv")).toList());
            files.addAll(seeds.filter(p -> p.toString().endsWith(".txt")).toList());
        }
        files.add(Path.of("src/test/resources/shaping/bangla-words.txt"));
        for (Path file : files) {
            add(words, Files.readString(file));
        }
        return List.copyOf(words);
    }

    private static void add(TreeSet<String> words, String text) {
        Matcher word = BANGLA_WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (word.find()) {
            words.add(word.group());
        }
    }

    private static byte[] classpath(String resource) throws IOException {
        try (InputStream in = WebFontShapingBrowserTests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + resource);
            }
            return in.readAllBytes();
        }
    }
}
