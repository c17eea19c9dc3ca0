package bd.udbhabon;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each capability is a module; a module uses only the others' public API, with no cycles. */
class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(UdbhabonApplication.class).verify();
    }
}
