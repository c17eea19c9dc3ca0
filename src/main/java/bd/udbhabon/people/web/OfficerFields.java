package bd.udbhabon.people.web;

import bd.udbhabon.shell.FormText;
import org.springframework.web.bind.annotation.BindParam;

/** The officer form as bound (its field names as the page sends them); a checkbox left unticked is absent (null). */
record OfficerFields(@BindParam("name_bn") @FormText String nameBn, @BindParam("name_en") @FormText String nameEn,
                     String email, String phone, @BindParam("skills_development") String skillsDevelopment) {
}
