package org.openbando.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentLimitsTest {

    static final long MIB = 1024 * 1024;

    @Test
    void theHttpBodyLimitMustLeaveRoomForTheMultipartEnvelope() {
        assertThat(AttachmentLimits.bodyLimitLeavesRoom(12 * MIB, 10 * MIB)).isTrue();
        assertThat(AttachmentLimits.bodyLimitLeavesRoom(10 * MIB, 10 * MIB)).isFalse();
        assertThat(AttachmentLimits.bodyLimitLeavesRoom(10 * MIB + 1024, 10 * MIB)).isFalse();
    }
}
