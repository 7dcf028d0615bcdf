package org.openbando.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Signs the acts (placeholder: returns the bytes unchanged until the PAdES signer lands). */
@ApplicationScoped
public class PdfSigner {

    byte[] sign(byte[] pdf, Instant when) {
        return pdf;
    }
}
