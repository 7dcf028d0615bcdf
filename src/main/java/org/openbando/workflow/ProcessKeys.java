package org.openbando.workflow;

import java.util.List;

/** Process definition keys and the model files the application deploys (the files live in the top-level bpmn/). */
public final class ProcessKeys {

    public static final String CALL = "CallProcess";
    public static final String PROPOSAL = "ProposalProcess";
    /** One per funded project (bpmn/funding.bpmn), business key {@code funding-<submissionId>}. */
    public static final String FUNDING = "FundingProcess";

    /** Every model under bpmn/, as classpath resources; a test checks that none is missing. */
    public static final List<String> RESOURCES = List.of("bpmn/call.bpmn", "bpmn/proposal.bpmn", "bpmn/funding.bpmn");

    private ProcessKeys() {
    }
}
