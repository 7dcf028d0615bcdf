package org.openbando.ranking;

import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/** The officer confirmed a movement up the reserve list: the project's funding process starts (workflow). */
@PublicApi
public record MoveUpConfirmed(long callId, Line line, long movementId, long submissionId, String by) {
}
