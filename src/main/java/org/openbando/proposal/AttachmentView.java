package org.openbando.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.openbando.shared.PublicApi;

/** An attachment as the API shows it: its metadata, never its content. */
@PublicApi
public record AttachmentView(long id, AttachmentKind kind, String fileName, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {

    /** The size in kilobytes (1024 bytes) with one decimal, for pages. */
    public BigDecimal sizeKib() {
        return BigDecimal.valueOf(sizeBytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP);
    }
}
