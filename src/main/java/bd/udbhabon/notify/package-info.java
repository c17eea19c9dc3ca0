/**
 * Outgoing e-mail: {@link bd.udbhabon.notify.Mailer} sends one message over SMTP
 * ({@code spring.mail.*}) and records it in {@code mail_out}. See {@code docs/modules/notify.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package bd.udbhabon.notify;
