/**
 * Enterprises and research organisations, the SME size test, VAT numbers, clusters and their thematic areas, cluster
 * membership. Owns {@code organization}, {@code related_enterprise}, {@code cluster_membership}, {@code cluster},
 * {@code thematic_area}. Offers {@code OrganizationService} (its own API and pages), {@code OrganizationDirectory}
 * (what identifies an organisation; {@code facts(ids, day)}: enterprise, size class, SME, member of a cluster that
 * day, ever a member), {@code ClusterDirectory} (clusters and areas by id and code) and {@code OrganizationReader}
 * (the same facts in plain JDBC, for the deadline-day path only).
 */
package org.openbando.organization;
