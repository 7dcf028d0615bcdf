package org.openbando.document;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The limits of reading an uploaded PDF ({@link PdfInspector}): how many at once, for how long, how much decoded. */
@ConfigMapping(prefix = "openbando.pdf-inspection")
public interface PdfInspectionConfig {

    /** How many PDFs are read at once; the others wait up to {@link #maxWait()}, then are refused as busy. */
    @WithDefault("2")
    int maxConcurrent();

    /** How long a PDF waits for its turn before it is refused as busy (503, the client sends it again). */
    @WithDefault("1S")
    Duration maxWait();

    /** How long reading one PDF may take; a PDF that takes longer is refused. */
    @WithDefault("5S")
    Duration timeBudget();

    /** How many bytes PDFBox may decode from one PDF's compressed streams; a PDF that inflates further is refused. */
    @WithDefault("32M")
    MemorySize maxDecodedSize();
}
