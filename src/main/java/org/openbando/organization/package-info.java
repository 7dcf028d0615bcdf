/**
 * Enterprises and research organisations, the SME size test, VAT numbers, clusters and their thematic areas, cluster
 * membership. Owns {@code organization}, {@code related_enterprise}, {@code cluster_membership}, {@code cluster},
 * {@code thematic_area}. Offers {@code OrganizationService} (its own API and pages), {@code OrganizationDirectory}
 * (what identifies an organisation; {@code facts(ids, day)}: enterprise, size class, SME, member of a cluster that
 * day, ever a member), {@code ClusterDirectory} (clusters and areas by id and code), {@code OrganizationReader} (the
 * same facts in plain JDBC, for the deadline-day path only), and {@code OrganizationTexts}, its message bundle (the
 * pages, the sentence of the size test).
 */
package org.openbando.organization;
