package org.openbando.call;

/**
 * The status a user sees. DRAFT is the officer's; every later status is set by the call process
 * ({@code bpmn/call.bpmn}): PUBLISHED at its start, OPEN at the opening timer, CLOSED at the deadline timer.
 */
public enum CallStatus {
    DRAFT, PUBLISHED, OPEN, CLOSED
}
