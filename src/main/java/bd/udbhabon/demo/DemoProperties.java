package bd.udbhabon.demo;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo's settings, {@code udbhabon.demo.*}, bound only in demo mode ({@code udbhabon.demo=true},
 * which itself stays a plain switch read by {@link DemoData}'s condition).
 *
 * @param password every demo account's password
 */
@Validated
@ConfigurationProperties("udbhabon.demo")
record DemoProperties(@DefaultValue("demo-2026") @NotBlank String password) {
}
