/**
 * The only user of Camunda: deployment of bpmn/, the delegates and listeners the models name (one line each, calling a
 * feature's public service), the observers that complete user tasks and correlate messages by business key, the
 * outbox starter, and the port implementations ({@code CamundaProcessHistory}). Element ids, variables and messages
 * are constants in {@code ProposalProcessModel} and {@code CallProcessModel}. Offers nothing: nothing depends on it.
 */
package org.openbando.workflow;
