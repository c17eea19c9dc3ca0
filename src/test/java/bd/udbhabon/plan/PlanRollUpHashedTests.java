package bd.udbhabon.plan;

import org.springframework.test.context.TestPropertySource;

/**
 * The same roll-ups with every scope's queries in the form for thousands of offices (the year's plans hashed,
 * not looked up per office): both forms must tell each office's state alike.
 */
@TestPropertySource(properties = "udbhabon.plan.roll-up-hashed-above=0")
class PlanRollUpHashedTests extends PlanRollUpTests {
}
