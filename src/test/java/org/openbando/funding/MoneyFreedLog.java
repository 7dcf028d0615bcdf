package org.openbando.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The {@link MoneyFreed} events committed during the tests, for the tests to read. */
@ApplicationScoped
public class MoneyFreedLog {

    private final List<MoneyFreed> freed = new CopyOnWriteArrayList<>();

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) MoneyFreed event) {
        freed.add(event);
    }

    /** What was freed for a submission, in order. */
    public List<MoneyFreed> of(long submissionId) {
        return freed.stream().filter(f -> f.submissionId() == submissionId).toList();
    }
}
