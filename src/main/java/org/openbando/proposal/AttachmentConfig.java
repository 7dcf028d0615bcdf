package org.openbando.proposal;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of proposal attachments. Keep {@code quarkus.http.limits.max-body-size} above {@code max-size} (by the few
 * kilobytes of the multipart envelope), or an oversize upload is cut off by the HTTP server before the application
 * can answer it with a problem; {@link AttachmentLimits} warns at startup when it is not.
 */
@ConfigMapping(prefix = "openbando.attachments")
public interface AttachmentConfig {

    /** The largest attachment accepted, e.g. {@code 10M} (10 MiB). */
    @WithDefault("10M")
    MemorySize maxSize();

    /** How many attachments a proposal may have at once. */
    @WithDefault("20")
    int maxCount();

    /** The most bytes of attachments a proposal may have at once. */
    @WithDefault("50M")
    MemorySize maxTotalPerProposal();

    /**
     * The most bytes of attachments stored for the proposals one organisation leads, all calls together: drafts,
     * submissions, and the files an earlier submission still names after they were removed from a draft.
     */
    @WithDefault("250M")
    MemorySize maxTotalPerOrganization();
}
