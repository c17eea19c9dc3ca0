/**
 * The web shell every page and API call shares: language (Bangla first, English second,
 * remembered in a cookie), the page layout, the home page, and the error responses (Bangla
 * error pages, JSON errors on the API; never a stack trace).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package bd.udbhabon.shell;
