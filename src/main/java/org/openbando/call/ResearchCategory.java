package org.openbando.call;

import org.openbando.shared.PublicApi;
/**
 * Categories of research and development aid under GBER, Regulation (EU) No 651/2014, Art. 25(2)
 * points (b) to (d), as defined in Art. 2(85) to (87). Fundamental research (point (a)) is not offered.
 */
@PublicApi
public enum ResearchCategory {
    INDUSTRIAL_RESEARCH,
    EXPERIMENTAL_DEVELOPMENT,
    FEASIBILITY_STUDY
}
