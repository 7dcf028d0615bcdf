package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** The officer chose the rapporteur of a panel. Fired in the transaction of the act; the workflow observes it. */
@PublicApi
public record RapporteurChosen(long submissionId, String expert, String by) {
}
