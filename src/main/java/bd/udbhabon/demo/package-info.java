/**
 * Demo data (issue 6, point 8): with {@code udbhabon.demo=true} the application loads, once, a
 * realistic demo built from seeds 001, 003 and 004 through the other modules' public services, and
 * one demo account per role. Off by default; nothing depends on it. See docs/modules/demo.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package bd.udbhabon.demo;
