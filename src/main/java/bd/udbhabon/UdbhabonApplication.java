package bd.udbhabon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Udbhabon: one application for Bangladesh government innovation teams. */
@SpringBootApplication
public class UdbhabonApplication {

    public static void main(String[] args) {
        SpringApplication.run(UdbhabonApplication.class, args);
    }
}
