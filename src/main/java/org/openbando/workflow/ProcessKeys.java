package org.openbando.workflow;

import java.util.List;

/** Process definition keys and the model files the application deploys (the files live in the top-level bpmn/). */
public final class ProcessKeys {

    public static final String CALL = "CallProcess";
    public static final String PROPOSAL = "ProposalProcess";

    /** Every model under bpmn/, as classpath resources; a test checks that none is missing. */
    public static final List<String> RESOURCES = List.of("bpmn/call.bpmn", "bpmn/proposal.bpmn");

    private ProcessKeys() {
    }
}
