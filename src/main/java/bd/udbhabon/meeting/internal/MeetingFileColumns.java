package bd.udbhabon.meeting.internal;

import bd.udbhabon.storage.DatabaseBytes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working papers' bytes still in the database (uploaded before issue 17, V65), for storage's mover to take out.
 * The notice's and minutes' own pdf/docx columns of V9 and V11 are gone (V66): V22 had copied them to issued papers.
 */
@Configuration(proxyBeanMethods = false)
class MeetingFileColumns {

    @Bean
    DatabaseBytes meetingAttachmentBytes() {
        return new DatabaseBytes("meeting_attachment", "id", "bytes", "file_id");
    }
}
