package org.openbando.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type as part of its feature's public surface: a service (facade), a view record, an event or a port that
 * other features may use. Every other type of a feature is its own (entities, repositories, SQL, helpers), even when
 * Java or a framework needs it to be public; {@code ArchitectureTest} fails when another feature depends on one.
 * Types nested in a marked type share its mark.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PublicApi {
}
