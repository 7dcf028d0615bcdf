package org.openbando.call;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * Fired (synchronously, inside the publishing transaction) when an officer publishes a call; the workflow starts the
 * call process on it, so that the call and its process commit or roll back together.
 */
@PublicApi
public record CallPublished(long callId, String code, Instant opensAt, Instant deadlineAt) {
}
