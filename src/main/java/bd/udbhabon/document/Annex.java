package bd.udbhabon.document;

import java.util.List;

/** An annex on pages of its own after the letter, e.g. the attendance sheet "পরিশিষ্ট-ক". */
public record Annex(String title, List<Block> blocks) {

    public Annex {
        title = Texts.clean(title, "annex title");
        blocks = List.copyOf(blocks);
    }
}
