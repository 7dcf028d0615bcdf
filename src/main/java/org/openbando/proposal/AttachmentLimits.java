package org.openbando.proposal;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/** Warns at startup when the HTTP server would refuse an upload that the attachment limit allows. */
@ApplicationScoped
class AttachmentLimits {

    private static final Logger LOG = Logger.getLogger(AttachmentLimits.class);
    /** Room for the multipart envelope around the file (boundaries, part headers, the kind field). */
    static final long ENVELOPE = 64 * 1024;
    /** Quarkus' own default of quarkus.http.limits.max-body-size. */
    static final MemorySize QUARKUS_DEFAULT = new MemorySize(BigInteger.valueOf(10240L * 1024));

    void check(@Observes StartupEvent event, AttachmentConfig config) {
        MemorySize body = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class).orElse(QUARKUS_DEFAULT);
        if (!bodyLimitLeavesRoom(body.asLongValue(), config.maxSize().asLongValue())) {
            LOG.warnf("quarkus.http.limits.max-body-size (%d bytes) is not above openbando.attachments.max-size "
                    + "(%d bytes) plus %d bytes: an upload near the limit is refused by the HTTP server without a "
                    + "problem body. Raise quarkus.http.limits.max-body-size.", body.asLongValue(),
                    config.maxSize().asLongValue(), ENVELOPE);
        }
    }

    static boolean bodyLimitLeavesRoom(long maxBodyBytes, long maxAttachmentBytes) {
        return maxBodyBytes >= maxAttachmentBytes + ENVELOPE;
    }
}
