package bd.udbhabon.shell.internal;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms are records (FormBindingTests): bound through their constructors only. Otherwise Spring then tries each
 * field again as a setter, which a record lacks, and builds and drops an exception per field (60 on a plan's
 * progress form; issue 14, point 11).
 */
@ControllerAdvice
class RecordBinding {

    @InitBinder
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }
}
