package bd.udbhabon.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Sends e-mail and keeps a record of every message (recipient, subject, when, sent or failed, what
 * for). Sending never throws: a failure is recorded and reported in the result, so a caller that
 * has already committed its own work loses nothing. Call it outside a transaction: SMTP is slow.
 */
public interface Mailer {

    record Attachment(String fileName, String contentType, byte[] bytes) {
        public Attachment {
            Objects.requireNonNull(fileName, "file name");
            Objects.requireNonNull(contentType, "content type");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * @param html    the body as HTML (a plain-text alternative is derived from it)
     * @param purpose what the message is for, to find it again: {@code meeting-notice:12}
     * @param retried whether a message the server did not take is kept and sent again by the retry job until it goes
     *                (issue 16, point 4); false for a caller that sends again by itself (a reminder's next run)
     */
    record Message(String to, String subject, String html, List<Attachment> attachments, String purpose, Long officeId,
                   boolean retried) {
        public Message {
            Objects.requireNonNull(to, "recipient");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(html, "body");
            Objects.requireNonNull(purpose, "purpose");
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** A message retried until sent. */
        public Message(String to, String subject, String html, List<Attachment> attachments, String purpose, Long officeId) {
            this(to, subject, html, attachments, purpose, officeId, true);
        }
    }

    /**
     * A recorded message: whether it went out (at {@code sentAt}; else when it was first tried). Why it failed is kept
     * on the server only.
     */
    record Sent(long id, String recipient, String subject, Instant sentAt, boolean sent) {
    }

    /**
     * The e-mail address a distribution or copy line names ("জেলা প্রশাসক, দিনাজপুর (dcdinajpur@mopa.gov.bd)"), if it
     * names one: such lines are mailed the paper they are printed on (issue 16, point 4).
     */
    static java.util.Optional<String> addressIn(String line) {
        if (line == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = ADDRESS.matcher(line);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    /** An address as offices print them in a line: ASCII only (a Bangla letter next to it is not part of it). */
    java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** Whether an SMTP server is configured ({@code spring.mail.host}); without one every send fails. */
    boolean configured();

    /** Sends one message and records it. */
    Sent send(Message message);

    /** The messages sent for {@code purpose}, oldest first. */
    List<Sent> sentFor(String purpose);
}
