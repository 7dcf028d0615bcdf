/**
 * What every feature needs and no feature owns: problem+json errors ({@code Problem}, {@code ProblemException}), the
 * bounds of every input ({@code InputLimits}; {@code JsonLimits} applies them to JSON; {@code YearBetween}), the
 * one clock ({@code ClockProducer}, Europe/Rome), money and languages ({@code Money}; {@code Languages}: which
 * language a reader gets, and a feature's message bundle in it), the audit trail, SHA-256, checked JSON, the JDBC
 * helper of the deadline-day path ({@code Sql}) and the {@link org.openbando.shared.PublicApi} mark of a feature's
 * surface. Depends on no feature. Its sub-package {@code shared.web} holds the page layout and the texts every page
 * shares ({@code Msg}), the language switch and the HTML rendering of problems; it may use {@code shared}, never the
 * reverse.
 */
package org.openbando.shared;
