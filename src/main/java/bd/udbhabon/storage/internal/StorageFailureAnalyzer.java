package bd.udbhabon.storage.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped by an unusable store: Spring Boot prints this description and action instead of the stack trace. */
class StorageFailureAnalyzer extends AbstractFailureAnalyzer<StorageUnusable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StorageUnusable cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
