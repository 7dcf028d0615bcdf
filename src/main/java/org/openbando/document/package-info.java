/**
 * The only user of PDFBox and openhtmltopdf: PDF/A rendering of Qute templates, storage with SHA-256, served
 * byte-identical. Owns {@code issued_document}. Offers {@code DocumentService}, the sealed {@code DocumentData}
 * records callers fill, {@code DocumentFile}, {@code DocumentSummary}, {@code PdfInspector}, and the port
 * {@code DocumentOwners} (the proposal feature implements it: issuing takes the proposal's lock). Knows no feature.
 */
package org.openbando.document;
