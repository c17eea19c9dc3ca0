package bd.udbhabon.document;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.bangla.SerialStyle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One Bangladesh government paper, in the order it is printed: letterhead, memo line, title,
 * subject, body, signature, distribution list, copy list, the issuer's signature, annexes.
 * Everything but the letterhead and the body is optional. Build one with {@link #builder()}.
 *
 * <p>Letters and orders carry the memo line under the letterhead. Minutes carry it after the
 * chair's signature ({@code memoAfterSignature}, seeds 002-004): the chair approves, then an officer
 * issues them with the memo number, the distribution list and a signature of their own
 * ({@code issuer}). Without an issuer, a copy list is followed by the signature again (seed 001).
 *
 * <p>An empty document (no title, no body, no annex) is refused with an
 * {@link IllegalArgumentException}: a paper with nothing but a letterhead is always a mistake.
 */
public record Document(Orientation orientation, Letterhead letterhead, MemoLine memoLine, String title,
                       String subject, List<Block> body, Signature signature, Distribution distribution,
                       CopyList copyList, boolean memoAfterSignature, Signature issuer, List<Annex> annexes) {

    public Document {
        orientation = orientation == null ? Orientation.PORTRAIT : orientation;
        Objects.requireNonNull(letterhead, "letterhead");
        title = Texts.cleanOptional(title, "title");
        subject = Texts.cleanOptional(subject, "subject");
        body = List.copyOf(body);
        annexes = List.copyOf(annexes);
        if (title == null && body.isEmpty() && annexes.isEmpty()) {
            throw new IllegalArgumentException("the document is empty: give it a title, a body or an annex");
        }
        if (memoAfterSignature && (memoLine == null || signature == null)) {
            throw new IllegalArgumentException("a memo line after the signature needs both");
        }
    }

    /** The signature that closes the paper after the distribution and copy lists, if any. */
    public Signature closingSignature() {
        if (issuer != null) {
            return issuer;
        }
        return copyList != null ? signature : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable, single-use builder; {@link #build()} checks everything. */
    public static final class Builder {
        private Orientation orientation = Orientation.PORTRAIT;
        private Letterhead letterhead;
        private MemoLine memoLine;
        private String title;
        private String subject;
        private final List<Block> body = new ArrayList<>();
        private Signature signature;
        private Distribution distribution;
        private CopyList copyList;
        private boolean memoAfterSignature;
        private Signature issuer;
        private final List<Annex> annexes = new ArrayList<>();

        private Builder() {
        }

        public Builder landscape() {
            orientation = Orientation.LANDSCAPE;
            return this;
        }

        public Builder letterhead(String website, String... officeLines) {
            letterhead = new Letterhead(List.of(officeLines), website);
            return this;
        }

        public Builder letterhead(Letterhead letterhead) {
            this.letterhead = letterhead;
            return this;
        }

        public Builder memo(MemoNumber memo, LocalDate date) {
            memoLine = new MemoLine(memo, date);
            return this;
        }

        /** Print the memo line after the signature, as minutes do. */
        public Builder memoAfterSignature() {
            memoAfterSignature = true;
            return this;
        }

        /** The officer who issues the paper, signing after the distribution and copy lists. */
        public Builder issuer(Signature issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder signature(Signature signature) {
            this.signature = signature;
            return this;
        }

        public Builder distribution(Distribution distribution) {
            this.distribution = distribution;
            return this;
        }

        public Builder annex(Annex annex) {
            annexes.add(Objects.requireNonNull(annex, "annex"));
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The subject line; "বিষয়: " is added in front. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder paragraph(String text) {
            return block(new Paragraph(text));
        }

        public Builder heading(String text) {
            return block(new Heading(text));
        }

        public Builder numbered(SerialStyle style, List<String> items) {
            return block(new NumberedList(style, items));
        }

        public Builder table(Table table) {
            return block(table);
        }

        public Builder block(Block block) {
            body.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder signature(String name, String designation, String phone, String email, LocalDate date) {
            signature = new Signature(name, designation, phone, email, date);
            return this;
        }

        public Builder distribution(boolean notBySeniority, List<String> recipients) {
            distribution = new Distribution(notBySeniority, recipients);
            return this;
        }

        /** Copies under the letter's memo number with endorsement 1 ("…/১(n)"), the default intro. */
        public Builder copies(LocalDate date, List<String> recipients) {
            if (memoLine == null) {
                throw new IllegalStateException("set the memo number before the copy list");
            }
            copyList = new CopyList(memoLine.memo(), 1, date, null, recipients);
            return this;
        }

        public Builder copyList(CopyList copyList) {
            this.copyList = copyList;
            return this;
        }

        public Builder annex(String title, Block... blocks) {
            annexes.add(new Annex(title, List.of(blocks)));
            return this;
        }

        public Document build() {
            if (letterhead == null) {
                throw new IllegalArgumentException("a document needs a letterhead");
            }
            return new Document(orientation, letterhead, memoLine, title, subject, body, signature,
                    distribution, copyList, memoAfterSignature, issuer, annexes);
        }
    }
}
