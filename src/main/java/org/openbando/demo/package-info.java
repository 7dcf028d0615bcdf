/** Demo data for {@code ./mvnw quarkus:dev}, loaded through the features' public services. Nothing depends on it. */
package org.openbando.demo;
