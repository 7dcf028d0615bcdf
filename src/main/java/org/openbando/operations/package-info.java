/**
 * Failures that someone sees: the administrators' incidents page ({@code /admin/incidents}) and API
 * ({@code /api/admin/incidents}), the gauge {@code openbando_incidents} and a note in the readiness check. It lists
 * three kinds of incident: the engine's (a job that failed every retry: a receipt that could not be rendered, a check
 * that threw), read through the port {@code EngineIncidents} that {@code workflow} implements; the submissions whose
 * process could not start ({@code submission.ProcessStarts}); and the integrity alarms ({@code shared.Integrity}: a
 * stored hash that no longer matched its bytes), which it records in its own table. Owns {@code incident}. Offers the
 * port {@code EngineIncidents} and nothing else.
 */
package org.openbando.operations;
