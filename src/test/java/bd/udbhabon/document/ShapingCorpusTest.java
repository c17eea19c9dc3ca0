package bd.udbhabon.document;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutManager;

import java.awt.font.GlyphVector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaping our PDFs get (the JDK's, through OpenPDF's GlyphLayoutManager) against HarfBuzz's
 * hb-shape, glyph id by glyph id, on the bundled fonts, for a corpus that covers every pattern of
 * Bengali (src/test/resources/shaping/bangla-words.txt) plus every Bangla word of the seed
 * documents. No .notdef, no dotted circle. The only difference allowed: a joiner (ZWJ/ZWNJ) that
 * the JDK leaves as its invisible glyph (0xFFFE/0xFFFF) where HarfBuzz gives a zero-width glyph.
 */
class ShapingCorpusTest {

    private static final Path FONTS = Path.of("src/main/resources/fonts");
    private static final Pattern HB_GLYPH = Pattern.compile("\"g\":(\\d+),\"cl\":\\d+,\"dx\":-?\\d+,\"dy\":-?\\d+,\"ax\":(-?\\d+)");
    private static final String DOTTED_CIRCLE = "\u25CC";

    @Test
    void corpusCoversEveryPatternAndHasTwoHundredWords() throws IOException {
        Map<String, List<String>> groups = corpus();
        assertThat(groups.keySet()).anyMatch(k -> k.startsWith("three-part conjuncts"))
                .anyMatch(k -> k.startsWith("reph")).anyMatch(k -> k.startsWith("ya-phala"))
                .anyMatch(k -> k.startsWith("ra-phala")).anyMatch(k -> k.startsWith("pre-base"))
                .anyMatch(k -> k.startsWith("split vowels")).anyMatch(k -> k.startsWith("khanda-ta"))
                .anyMatch(k -> k.startsWith("hasanta"));
        assertThat(groups.values()).allMatch(words -> !words.isEmpty());
        assertThat(groups.values().stream().flatMap(List::stream).distinct().count()).isGreaterThanOrEqualTo(200);
        assertThat(String.join(" ", groups.get(groups.keySet().stream().filter(k -> k.startsWith("three")).findFirst().orElseThrow())))
                .contains("ন্ত্র", "স্মৃ").doesNotContain("\uFFFD");
        assertThat(words()).contains("কার্যবিবরণী", "প্রজ্ঞাপন", "অধ্যক্ষ")
                .as("the action plan paper's words too").contains("প্রমাণক", "প্রদর্শনীর");
    }

    @Test
    void serifRegularShapesLikeHarfBuzz() throws Exception {
        assertSameAsHarfBuzz("NotoSerifBengali-Regular.ttf");
    }

    @Test
    void serifBoldShapesLikeHarfBuzz() throws Exception {
        assertSameAsHarfBuzz("NotoSerifBengali-Bold.ttf");
    }

    private void assertSameAsHarfBuzz(String fontFile) throws Exception {
        Path font = FONTS.resolve(fontFile);
        List<String> words = new ArrayList<>(words());
        words.add(DOTTED_CIRCLE);
        List<List<int[]>> harfBuzz = hbShape(font, words);
        int dottedCircle = harfBuzz.getLast().getFirst()[0];

        GlyphLayoutManager glm = new GlyphLayoutManager();
        BaseFont base = glm.loadFont(font.toString(), 12f).getBaseFont();
        List<String> differences = new ArrayList<>();
        for (int w = 0; w < words.size() - 1; w++) {
            String word = words.get(w);
            GlyphVector gv = glm.computeGlyphVector(base, 12f, word);
            int[] jdk = gv.getGlyphCodes(0, gv.getNumGlyphs(), null);
            List<int[]> hb = harfBuzz.get(w);
            if (!same(jdk, hb)) {
                differences.add(word + " " + codePoints(word) + ": JDK " + Arrays.toString(jdk) + " HarfBuzz "
                        + hb.stream().map(g -> Integer.toString(g[0])).toList());
            }
            if (Arrays.stream(jdk).anyMatch(g -> g == 0 || g == dottedCircle)) {
                differences.add(word + ": .notdef or dotted circle in " + Arrays.toString(jdk));
            }
        }
        assertThat(differences).as("words shaped differently from hb-shape with " + fontFile).isEmpty();
    }

    /** Equal glyph for glyph, except a JDK invisible glyph against a HarfBuzz zero-advance glyph. */
    private static boolean same(int[] jdk, List<int[]> hb) {
        if (jdk.length != hb.size()) {
            return false;
        }
        for (int i = 0; i < jdk.length; i++) {
            boolean invisibleJoiner = jdk[i] >= 0xFFFE && hb.get(i)[1] == 0;
            if (jdk[i] != hb.get(i)[0] && !invisibleJoiner) {
                return false;
            }
        }
        return true;
    }

    /** hb-shape over all words at once (one line each): per word, [glyph id, x advance] pairs. */
    private static List<List<int[]>> hbShape(Path font, List<String> words) throws IOException {
        Path text = Files.createTempFile("corpus", ".txt");
        try {
            Files.writeString(text, String.join("\n", words) + "\n", StandardCharsets.UTF_8);
            String out = Tools.run("hb-shape", "--no-glyph-names", "--output-format=json",
                    "--text-file=" + text, font.toString());
            List<List<int[]>> result = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                List<int[]> glyphs = new ArrayList<>();
                Matcher m = HB_GLYPH.matcher(line);
                while (m.find()) {
                    glyphs.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                }
                result.add(glyphs);
            }
            assertThat(result).as("one hb-shape line per word").hasSize(words.size());
            return result;
        } finally {
            Files.deleteIfExists(text);
        }
    }

    /**
     * The corpus groups, then every Bangla word of the seeds, then of the golden documents as printed (issue 14: seed
     * 004's action plan, its indicators and the annex table's headings), NFC, without duplicates.
     */
    static List<String> words() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        corpus().values().forEach(words::addAll);
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                addBangla(words, Files.readString(seed));
            }
        }
        for (Document doc : SeedDocuments.golden().values()) {
            addBangla(words, DocumentText.readingOrder(doc));
        }
        return List.copyOf(words);
    }

    private static void addBangla(Set<String> words, String text) {
        for (String token : Normalizer.normalize(text, Normalizer.Form.NFC).split("[\\s\\p{Punct}‘’“”–]+")) {
            if (token.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.BENGALI)) {
                words.add(token);
            }
        }
    }

    static Map<String, List<String>> corpus() throws IOException {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        String group = null;
        for (String line : Files.readAllLines(Path.of("src/test/resources/shaping/bangla-words.txt"))) {
            if (line.startsWith("# ") && !line.startsWith("# Bangla words") && !line.startsWith("# Sources")) {
                group = line.substring(2);
                groups.put(group, new ArrayList<>());
            } else if (group != null && !line.isBlank() && !line.startsWith("#")) {
                for (String word : line.strip().split(" +")) {
                    groups.get(group).add(Normalizer.normalize(word, Normalizer.Form.NFC));
                }
            }
        }
        return groups;
    }

    private static String codePoints(String word) {
        return word.codePoints().mapToObj(cp -> String.format("%04X", cp)).toList().toString();
    }
}
