package bd.udbhabon.shell.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.DualDate;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PublicAccess
class HomeController {

    private final AccessPolicy access;

    HomeController(AccessPolicy access) {
        this.access = access;
    }

    /** The public home page; a signed-in user's is their start page ("my office, my tasks", {@code /tasks}). */
    @GetMapping("/")
    String home(Model model) {
        if (access.accountId().isPresent()) {
            return "forward:/tasks"; // the address stays "/", where signing in lands
        }
        LocalDate today = Dhaka.today();
        model.addAttribute("banglaDate", DualDate.banglaLine(today));
        model.addAttribute("gregorianDate", DualDate.gregorianLine(today));
        return "home";
    }
}
