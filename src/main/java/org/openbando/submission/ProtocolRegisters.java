package org.openbando.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.openbando.call.CallPublished;

/** Opens a call's protocol register in the transaction that publishes the call. */
@ApplicationScoped
class ProtocolRegisters {

    void onPublished(@Observes CallPublished published) {
        ProtocolCounter.open(published.callId());
    }
}
