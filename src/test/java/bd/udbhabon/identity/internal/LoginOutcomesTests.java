package bd.udbhabon.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A sign-in's records are committed before its answer is sent. Sending the redirect writes the new
 * session (Spring Session, in a transaction of its own, on a second connection); had the sign-in's
 * transaction still been open then, it would hold the audit chain's lock and a connection while waiting
 * for another: found by the national quarter-end's load test, where every connection of the pool ended up
 * waiting for that lock (docs/modules/plan.md, "National deadline").
 */
@IntegrationTest
class LoginOutcomesTests {

    @Autowired
    LoginOutcomes outcomes;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** The response, noting whether a transaction was open each time the answer was sent. */
    static final class Answer extends HttpServletResponseWrapper {
        final List<Boolean> inTransaction = new ArrayList<>();

        Answer() {
            super(new MockHttpServletResponse());
        }

        @Override
        public void sendRedirect(String location) {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }
    }

    @Test
    void aSuccessIsRecordedAndCommittedBeforeTheRedirect() throws Exception {
        String username = "login-outcome-" + System.nanoTime();
        long accountId = accounts.create(username, Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Bogura"));
        var user = users.loadUserByUsername(username);
        var request = new MockHttpServletRequest("POST", "/login");
        var answer = new Answer();

        outcomes.onAuthenticationSuccess(request, answer, UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));

        assertThat(answer.inTransaction).containsExactly(false);
        assertThat(entries("login.succeeded", accountId)).isEqualTo(1);
    }

    @Test
    void aFailureIsRecordedAndCommittedBeforeTheRedirect() throws Exception {
        String username = "login-outcome-" + System.nanoTime();
        long accountId = accounts.create(username, Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Bogura"));
        var request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", username);
        var answer = new Answer();

        outcomes.onAuthenticationFailure(request, answer, new BadCredentialsException("wrong password"));

        assertThat(answer.inTransaction).containsExactly(false);
        assertThat(entries("login.failed", accountId)).isEqualTo(1);
    }

    /** Found at the quarter-end's load: with every connection busy, officers with the right password were told it was wrong. */
    @Test
    void anAccountThatCouldNotBeLookedUpIsNoWrongPassword() {
        String username = "login-outcome-" + System.nanoTime();
        long accountId = accounts.create(username, Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Bogura"));
        var request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", username);
        var answer = new Answer();
        var lookUpFailed = new InternalAuthenticationServiceException("no connection",
                new CannotGetJdbcConnectionException("pool", new SQLTransientConnectionException("Connection is not available")));

        assertThatThrownBy(() -> outcomes.onAuthenticationFailure(request, answer, lookUpFailed)).isSameAs(lookUpFailed);

        assertThat(answer.inTransaction).isEmpty();
        assertThat(entries("login.failed", accountId)).isZero();
        assertThat(jdbc.sql("select count(*) from login_backoff where login_key = ?").param("#" + accountId)
                .query(Long.class).single()).isZero();
    }

    private long entries(String action, long accountId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and record_id = ?")
                .param(action).param(Long.toString(accountId)).query(Long.class).single();
    }
}
