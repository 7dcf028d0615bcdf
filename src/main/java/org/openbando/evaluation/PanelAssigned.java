package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** The officer assigned every seat of the panel of a submission. Fired in the transaction of the act; the workflow observes it. */
@PublicApi
public record PanelAssigned(long submissionId, String by) {
}
