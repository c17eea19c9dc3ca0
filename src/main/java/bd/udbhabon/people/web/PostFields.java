package bd.udbhabon.people.web;

import bd.udbhabon.shell.FormText;
import org.springframework.web.bind.annotation.BindParam;

/** The post form as bound (its field names as the page sends them); a checkbox left unticked is absent (null). */
record PostFields(@BindParam("title_bn") @FormText String titleBn, @BindParam("title_en") @FormText String titleEn,
                  String grade, @FormText String wing, @BindParam("teaching_level") String teachingLevel, String subject,
                  @BindParam("other_office") String otherOffice, String active,
                  @BindParam("skills_development") String skillsDevelopment) {
}
